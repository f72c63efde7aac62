namespace Supervision.Storage.Results;

/// <summary>What became of a confirmation.</summary>
public enum ConfirmOutcome
{
    /// <summary>Confirmed: the result now counts as entered.</summary>
    Confirmed,

    /// <summary>Not one of the inspector's tasks (or none): nothing changed.</summary>
    NotFound,

    /// <summary>No result has been entered for the task yet.</summary>
    NothingEntered,

    /// <summary>The inspector entered the result themself: another member of the team confirms it.</summary>
    OwnEntry,

    /// <summary>The result does not name the inspector among those who inspected.</summary>
    NotListed,

    /// <summary>Confirmed already.</summary>
    AlreadyConfirmed,
}
