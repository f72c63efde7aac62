using Supervision.Draws.Drawing;

namespace Supervision.Application.Draws;

/// <summary>What <see cref="ExecuteDraw"/> did: the draw, or why it drew nothing.</summary>
/// <param name="Result">The draw written, or null when refused.</param>
/// <param name="Refusal">Why nothing was drawn, or null.</param>
/// <param name="AlreadyDrawn">True when the refusal is that the preparation was drawn before (not a failed check).</param>
public sealed record ExecutedDraw(DrawResult? Result, string? Refusal, bool AlreadyDrawn = false)
{
    internal static ExecutedDraw Refused(string refusal, bool alreadyDrawn = false) => new(null, refusal, alreadyDrawn);
}
