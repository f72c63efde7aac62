using Supervision.Draws.Drawing;
using Supervision.Model.Import;
using Supervision.Rules.Alerts;

namespace Supervision.Runs;

/// <summary>
/// What a scored chunk leaves for the draws besides its assessments: the import report of its slices and a draw
/// candidate per accepted enterprise (without case leads, which the draws add), so that the draws job neither
/// re-imports nor re-reads the population.
/// </summary>
/// <param name="Reports">The chunk's import reports (registry, indicators, credit records, inspections, …).</param>
/// <param name="Candidates">The chunk's enterprises as the draw sees them, in registry order.</param>
public sealed record ChunkSummary(IReadOnlyList<ImportReport> Reports, IReadOnlyList<DrawCandidate> Candidates)
{
    /// <summary>The chunk's alerts (its candidates already carry the case leads they became); the draws step keeps them for the night.</summary>
    public NightAlerts Alerts { get; init; } = NightAlerts.Empty;
}
