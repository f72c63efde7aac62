using Supervision.Rules.Analysis;
using Supervision.Rules.Diagnostics;

namespace Supervision.Rules.Bundle;

/// <summary>
/// The one rule for a 0 % inspection ratio, wherever a ratio is written (a row of the ratio table, a regime rule): no
/// enterprise is exempt from random inspection unless explicitly marked exempt (无事不扰/守信免查), and an exempt one
/// should not still be drawn.
/// </summary>
internal static class RatioExemption
{
    /// <summary>Error: a 0 % ratio without an explicit exemption.</summary>
    public const string ZeroWithoutExemption = "SV052";

    /// <param name="owner">What writes the ratio, e.g. "row RT-IV" or "rule R-X".</param>
    /// <param name="ratio">The ratio written, or null when none is.</param>
    /// <param name="exempt">Whether the same place marks the exemption.</param>
    /// <param name="marking">How the exemption is written there, e.g. "exempt=true".</param>
    /// <param name="location">Where the ratio is written.</param>
    /// <param name="diagnostics">Receives the error.</param>
    public static void Check(string owner, double? ratio, bool exempt, string marking, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (ratio == 0 && !exempt)
        {
            diagnostics.Error(ZeroWithoutExemption,
                $"{owner} sets a 0% ratio without {marking}; a category is never exempt from random inspection unless explicitly marked (无事不扰/守信免查)",
                location);
        }
        else if (exempt && ratio is not 0)
        {
            diagnostics.Warning(AnalysisCodes.ExemptButDrawn,
                $"{owner} is marked {marking} but {(ratio is null ? "leaves the ratio to the ratio table" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"sets a ratio of {ratio:P0}"))}; set ratio 0 or drop the exemption",
                location);
        }
    }
}
