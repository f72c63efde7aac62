namespace Supervision.Data.Import;

/// <summary>Where the input files of a run are read from: a data directory, or the slices of one chunk.</summary>
public interface IInputSource
{
    /// <summary>The file, or null when it does not exist.</summary>
    InputFile? Find(string fileName);

    /// <summary>The path a missing file is reported under.</summary>
    string PathOf(string fileName);
}
