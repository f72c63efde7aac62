namespace Supervision.Learning.Training;

/// <summary>What a model gives for one row, as ML.NET writes it.</summary>
/// <remarks>Public with settable properties because ML.NET binds data to such types by reflection.</remarks>
public sealed class ModelPrediction
{
    /// <summary>Calibrated probability of a violation.</summary>
    public float Probability { get; set; }
}
