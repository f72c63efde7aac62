namespace Supervision.Data.Import;

/// <summary>Input files read from a data directory.</summary>
internal sealed class DirectorySource(string directory) : IInputSource
{
    public InputFile? Find(string fileName)
    {
        var path = PathOf(fileName);
        return File.Exists(path) ? InputFile.FromPath(path) : null;
    }

    public string PathOf(string fileName) => Path.Combine(directory, fileName);
}
