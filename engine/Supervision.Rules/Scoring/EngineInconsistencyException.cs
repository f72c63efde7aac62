namespace Supervision.Rules.Scoring;

/// <summary>NRules and the compiled delegates disagreed on a case: a defect in the engine, never a data problem.</summary>
public sealed class EngineInconsistencyException : Exception
{
    public EngineInconsistencyException(string message)
        : base(message)
    {
    }

    public EngineInconsistencyException()
    {
    }

    public EngineInconsistencyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
