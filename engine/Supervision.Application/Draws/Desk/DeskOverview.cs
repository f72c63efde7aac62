namespace Supervision.Application.Draws.Desk;

/// <summary>The draw desk as a regulator reads it: the nights waiting for their public value and shares, and the commitments to come.</summary>
/// <param name="Today">The day it is read on (Asia/Shanghai).</param>
/// <param name="Nights">The prepared nights not drawn yet, oldest first.</param>
/// <param name="Commitments">Each department of the plans in force with its commitments to come.</param>
/// <param name="Problems">What is wrong with the commitments files (file:line).</param>
public sealed record DeskOverview(DateOnly Today, IReadOnlyList<DeskNight> Nights, IReadOnlyList<DepartmentCommitments> Commitments, IReadOnlyList<string> Problems);
