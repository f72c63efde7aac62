using Supervision.Runs;

namespace Supervision.Jobs;

/// <summary>How an embedded nightly run ended.</summary>
/// <param name="Run">The run as stored at the end (null when a job failed before the run was recorded).</param>
/// <param name="Failure">When a job failed after its retries: which job and why; null otherwise.</param>
public sealed record NightlyOutcome(RunRecord? Run, string? Failure);
