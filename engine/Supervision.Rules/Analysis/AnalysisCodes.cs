namespace Supervision.Rules.Analysis;

/// <summary>Diagnostic codes of the decision-table analysis (documented in docs/rule-language.md, "Table analysis").</summary>
public static class AnalysisCodes
{
    /// <summary>Error: two rows of a unique table match the same input.</summary>
    public const string Overlap = "SV060";

    /// <summary>Warning: a row of a priority table is never chosen, because higher-priority rows cover all its inputs.</summary>
    public const string Masked = "SV061";

    /// <summary>Warning: two rows of a priority table have the same inputs and the same outputs.</summary>
    public const string Duplicate = "SV062";

    /// <summary>Warning: a row of a priority table lies inside another row with the same outputs, so it is redundant.</summary>
    public const string Subsumed = "SV063";

    /// <summary>Error: two overlapping rows of a priority table have the same priority but different outputs.</summary>
    public const string Ambiguous = "SV064";

    /// <summary>Warning: a row can never match, because one of its cells admits no value of the column's domain.</summary>
    public const string Unreachable = "SV065";

    /// <summary>Error: some input matches no row; the message gives a counterexample and the row that would close it.</summary>
    public const string Gap = "SV066";

    /// <summary>Warning: a text column without declared values, so gaps cannot be proven for the table.</summary>
    public const string Unprovable = "SV067";

    /// <summary>Error: a row's min_count is above its cap (max_count).</summary>
    public const string MinAboveCap = "SV068";

    /// <summary>Warning: a row is exempt=true yet has a ratio or minimum count above zero.</summary>
    public const string ExemptButDrawn = "SV069";
}
