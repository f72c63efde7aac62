namespace Supervision.Application.Credit;

/// <summary>How recording an application to leave a list ended.</summary>
public enum ListApplicationStatus
{
    /// <summary>Recorded with the rules' decision (or pending without a decision date).</summary>
    Recorded,

    /// <summary>The enterprise is not in the registry (or its row was rejected).</summary>
    UnknownEnterprise,

    /// <summary>The enterprise has no listing of that list with that document number.</summary>
    UnknownListing,

    /// <summary>The listing had already ended by the application date.</summary>
    NotInForce,

    /// <summary>The row was refused by the importer (a duplicate application, an unsafe or too long cell); nothing written.</summary>
    Refused,
}
