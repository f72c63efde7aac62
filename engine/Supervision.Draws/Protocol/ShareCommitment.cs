namespace Supervision.Draws.Protocol;

/// <summary>A participating department's commitment to its secret seed share, published in the pre-draw notice.</summary>
/// <param name="Department">The department, exactly as in the plans.</param>
/// <param name="Commitment">See <see cref="SeedShares.Commitment"/>.</param>
public sealed record ShareCommitment(string Department, string Commitment);
