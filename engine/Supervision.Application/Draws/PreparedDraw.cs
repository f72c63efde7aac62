using Supervision.Draws.Protocol;
using Supervision.Model.Import;

namespace Supervision.Application.Draws;

/// <summary>What <see cref="PrepareDraw"/> did: the preparation and its SHA-256 (to publish), or why nothing was prepared.</summary>
/// <param name="Preparation">The preparation written, or null when refused.</param>
/// <param name="Sha256">SHA-256 of <c>preparation.json</c>, or null when refused.</param>
/// <param name="Reports">The import reports of the population's files.</param>
/// <param name="Refusal">Why nothing was prepared, or null.</param>
/// <param name="Gated">True when the input gates refused the inputs.</param>
/// <param name="AlreadyDrawn">True when a plan and period of the draw is held by another draw in the ledger.</param>
public sealed record PreparedDraw(DrawPreparation? Preparation, string? Sha256, IReadOnlyList<ImportReport> Reports, string? Refusal, bool Gated, bool AlreadyDrawn = false)
{
    internal static PreparedDraw Refused(IReadOnlyList<ImportReport> reports, string refusal, bool gated = false, bool alreadyDrawn = false)
        => new(null, null, reports, refusal, gated, alreadyDrawn);
}
