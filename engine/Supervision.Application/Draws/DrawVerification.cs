namespace Supervision.Application.Draws;

/// <summary>What <see cref="VerifyDraw"/> found: the differences, or why the record could not be read or recomputed.</summary>
/// <param name="Problems">Every difference between the record and its recomputation; empty when exactly reproduced.</param>
/// <param name="Error">Why nothing could be compared, or null.</param>
/// <param name="Readable">False when the record is not a draw record at all (malformed input, not a failed verification).</param>
public sealed record DrawVerification(IReadOnlyList<string> Problems, string? Error, bool Readable)
{
    /// <summary>True when the record was recomputed and every part of it reproduced.</summary>
    public bool Verified => Error is null && Problems.Count == 0;

    internal static DrawVerification Of(IReadOnlyList<string> problems) => new(problems, null, true);

    internal static DrawVerification Unreadable(string error) => new([], error, false);

    internal static DrawVerification NotRecomputable(string error) => new([], error, true);
}
