namespace Supervision.Runs;

/// <summary>The answer to a run's claim of its plans for their periods.</summary>
/// <param name="Granted">True when the run holds every plan of its set for its period (possibly from an earlier attempt).</param>
/// <param name="PlanId">When refused: the first plan already drawn or being drawn by another run.</param>
/// <param name="OwnerRunId">When refused: that other run.</param>
public sealed record DrawClaim(bool Granted, string? PlanId = null, string? OwnerRunId = null)
{
    public static DrawClaim Acquired { get; } = new(true);
}
