namespace Supervision.Draws.Plans;

/// <summary>
/// What makes a plan an approval-verification plan (审管联动 核查计划, <c>approvals:</c> in the plan file): it draws, among the
/// enterprises whose approvals on a commitment or on credit its department granted in the last
/// <see cref="IntakeWorkingDays"/> working days and has not verified, those whose approvals are verified within
/// <see cref="VerifyWithinWorkingDays"/> working days of approval: all of them where the rules say so, the others at
/// <see cref="Share"/>. docs/draw-algorithm.md §2.3 has the pools and the period.
/// </summary>
/// <param name="IntakeWorkingDays">Approvals granted after the working day this many working days before the draw date, up to it (1 on a nightly schedule, 5 on a weekly one).</param>
/// <param name="VerifyWithinWorkingDays">Every verification window ends no later than this many working days after the approval.</param>
/// <param name="Share">Share of the other enterprises drawn, exact.</param>
/// <param name="FullMatters">Approval matters verified in full (全覆盖核查).</param>
/// <param name="FullCategories">Supervision categories whose enterprises' approvals are verified in full.</param>
public sealed record ApprovalVerification(
    int IntakeWorkingDays,
    int VerifyWithinWorkingDays,
    decimal Share,
    IReadOnlyList<string> FullMatters,
    IReadOnlyList<string> FullCategories)
{
    /// <summary>The pool of the enterprises whose approvals are all verified.</summary>
    public const string FullPool = "approval-full";

    /// <summary>The pool of the enterprises whose approvals are verified at <see cref="Share"/>.</summary>
    public const string SamplePool = "approval-sample";
}
