namespace Supervision.Draws.Protocol;

/// <summary>A department's seed share as revealed at the draw, with the commitment it was checked against.</summary>
/// <param name="Department">The department, exactly as in the plans.</param>
/// <param name="Share">The share, 64 lower-case hexadecimal characters.</param>
/// <param name="Commitment">Its commitment in the pre-draw notice.</param>
public sealed record RevealedShare(string Department, string Share, string Commitment);
