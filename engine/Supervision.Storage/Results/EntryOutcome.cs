namespace Supervision.Storage.Results;

/// <summary>What became of a result entered.</summary>
public enum EntryOutcome
{
    /// <summary>Stored as entered, waiting for a teammate's confirmation.</summary>
    Recorded,

    /// <summary>Not one of the inspector's tasks (or none): nothing stored.</summary>
    NotFound,

    /// <summary>The task's result is confirmed already and can no longer be changed: nothing stored.</summary>
    AlreadyConfirmed,
}
