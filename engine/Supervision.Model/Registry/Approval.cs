namespace Supervision.Model.Registry;

/// <summary>
/// An approval granted on a commitment or on credit (approvals.csv), and what its verification (核查) found. A
/// commitment found false (承诺不实) revokes the approval's effect: from the day it was found, the bundle's rules read it
/// (the shipped credit rule deducts for it and an alert is raised that night).
/// </summary>
/// <param name="ApprovalNo">The approval's document number, unique in the file.</param>
/// <param name="Uscc">The enterprise it was granted to.</param>
/// <param name="Kind">On a commitment or on credit.</param>
/// <param name="Matter">The approval matter (许可事项).</param>
/// <param name="Department">The approving department.</param>
/// <param name="GrantedOn">When it was granted.</param>
/// <param name="CommitmentItems">What the applicant committed to, as written ('；'-separated items).</param>
/// <param name="VerifiedOn">When the verification concluded; null while it has not.</param>
/// <param name="CommitmentTrue">What it found: true (属实), false (承诺不实); null while not verified.</param>
public sealed record Approval(
    string ApprovalNo,
    string Uscc,
    ApprovalKind Kind,
    string Matter,
    string Department,
    DateOnly GrantedOn,
    IReadOnlyList<string> CommitmentItems,
    DateOnly? VerifiedOn,
    bool? CommitmentTrue)
{
    /// <summary>True when a verification concluded by <paramref name="asOf"/> found the commitment false.</summary>
    public bool FoundFalseBy(DateOnly asOf) => CommitmentTrue == false && VerifiedOn <= asOf;
}
