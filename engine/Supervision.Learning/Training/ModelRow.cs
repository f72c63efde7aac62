namespace Supervision.Learning.Training;

/// <summary>A row as ML.NET reads it.</summary>
/// <remarks>Public with settable properties because ML.NET binds data to such types by reflection.</remarks>
public sealed class ModelRow
{
    /// <summary>A violation was found (false when unknown: such rows are only scored, never trained on).</summary>
    public bool Label { get; set; }

    /// <summary>The feature vector; its length is set at run time from the feature list.</summary>
    public float[] Features { get; set; } = [];
}
