namespace Supervision.Storage.Tasks;

/// <summary>What came of a declaration of a conflict of interest.</summary>
public enum RecusalOutcome
{
    /// <summary>Recorded: the inspector is off the task, the regulator sees it, the audit log has it.</summary>
    Recorded,

    /// <summary>
    /// No task with that number has the inspector on its team (it does not exist, is another's, its draw was voided or the
    /// inspector already withdrew): nothing recorded, and nothing said about which.
    /// </summary>
    NotFound,

    /// <summary>The task already has a result: the inspection happened, there is nothing to withdraw from.</summary>
    AlreadyInspected,
}
