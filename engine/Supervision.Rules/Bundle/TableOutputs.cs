using Supervision.Rules.Language;

namespace Supervision.Rules.Bundle;

/// <summary>The outputs a table may produce, the phase each belongs to, and how their values are checked.</summary>
internal static class TableOutputs
{
    public static int? PhaseOf(string output) => output switch
    {
        VariableCatalog.SafetyLevel or VariableCatalog.CreditClass => Phase.Grading,
        VariableCatalog.Category => Phase.Matrix,
        "ratio" or "min_count" or "exempt" => Phase.Ratio,
        _ => null,
    };

    /// <summary>Outputs that must each be produced by exactly one table.</summary>
    public static readonly IReadOnlyList<string> Required =
        [VariableCatalog.SafetyLevel, VariableCatalog.CreditClass, VariableCatalog.Category, "ratio", "min_count", "exempt"];

    /// <summary>Null when <paramref name="value"/> is valid for <paramref name="output"/>, otherwise the reason.</summary>
    public static string? Check(string output, string value, BundleManifest manifest) => output switch
    {
        VariableCatalog.SafetyLevel => manifest.SafetyLevels.Contains(value) ? null : $"must be one of {string.Join(", ", manifest.SafetyLevels)}",
        VariableCatalog.CreditClass => manifest.CreditClasses.Contains(value) ? null : $"must be one of {string.Join(", ", manifest.CreditClasses)}",
        VariableCatalog.Category => manifest.Categories.Contains(value) ? null : $"must be one of {string.Join(", ", manifest.Categories)}",
        "ratio" => CellParser.ParseNumeric(value, out _) is { Low: var r } cell && r == cell.High && r is >= 0 and <= 1
            ? null : "must be a ratio from 0 to 1 (or 0% to 100%)",
        "min_count" => int.TryParse(value, out var n) && n >= 0 ? null : "must be a whole number ≥ 0",
        "exempt" => value is "true" or "false" ? null : "must be true or false",
        _ => null,
    };

    public static double ParseRatio(string value) => CellParser.ParseNumeric(value, out _)!.Low;
}
