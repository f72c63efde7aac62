namespace Supervision.Storage.Reports;

/// <summary>What an analyst narrows a report to; a null part matches everything.</summary>
/// <param name="Industry">A GB/T 4754 code or its prefix: "C" (manufacturing), "C26" (chemicals), "C2614".</param>
/// <param name="District">A district and street exactly as the registry writes it.</param>
/// <param name="Category">A supervision category.</param>
/// <param name="Regime">A supervision regime.</param>
public sealed record ReportFilter(string? Industry = null, string? District = null, string? Category = null, string? Regime = null)
{
    public static ReportFilter All { get; } = new();

    /// <summary>The filters as query parameters $2–$5.</summary>
    internal object?[] Parameters() => [Blank(Industry), Blank(District), Blank(Category), Blank(Regime)];

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
