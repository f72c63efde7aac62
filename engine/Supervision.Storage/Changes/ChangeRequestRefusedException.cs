namespace Supervision.Storage.Changes;

/// <summary>A review or publication the rules of change requests forbid (four eyes, the order of the steps).</summary>
public sealed class ChangeRequestRefusedException : Exception
{
    public ChangeRequestRefusedException()
    {
    }

    public ChangeRequestRefusedException(string message)
        : base(message)
    {
    }

    public ChangeRequestRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
