namespace Supervision.Application.Results;

/// <summary>What became of a result entered through <see cref="EnterResult"/>.</summary>
public enum EntryAttempt
{
    /// <summary>Valid and stored as entered; a teammate confirms it.</summary>
    Recorded,

    /// <summary>The results file's validator rejected it: nothing stored, the errors say why.</summary>
    Invalid,

    /// <summary>Not one of the inspector's tasks (or none): nothing stored.</summary>
    NotFound,

    /// <summary>The task's result is confirmed already: nothing stored.</summary>
    AlreadyConfirmed,
}
