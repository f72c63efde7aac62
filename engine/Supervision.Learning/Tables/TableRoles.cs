namespace Supervision.Learning.Tables;

/// <summary>
/// What each column of a feature table is: the row id, the entity inspected, the inspection date, the label, a baseline
/// score to compare with, columns to leave out, and text columns to take as categories whatever their values look like.
/// Every column not named here is a feature. Null names take the documented defaults.
/// </summary>
public sealed record TableRoles
{
    /// <summary>The row id column (outputs are keyed by it); null: the row's line number in the file.</summary>
    public string? Id { get; init; }

    /// <summary>The entity column; null: <c>enterprise_id</c> or <c>uscc</c>.</summary>
    public string? Entity { get; init; }

    /// <summary>The inspection date column; null: <c>inspection_date</c>.</summary>
    public string? Date { get; init; }

    /// <summary>The label column (a violation was found); null: <c>label</c>.</summary>
    public string? Label { get; init; }

    /// <summary>
    /// A score to compare the model with (a rule score, a published model's score), which is not a feature; null: a
    /// <c>rule_score</c> column when there is one, which is then also the model's last feature (it learns on top of the rules).
    /// </summary>
    public string? Baseline { get; init; }

    /// <summary>Columns that are neither features nor roles (names, free text, identifiers, leaks).</summary>
    public IReadOnlyList<string> Ignore { get; init; } = [];

    /// <summary>Columns taken as categories even when their values look like numbers (codes, zip codes, classes 1–3).</summary>
    public IReadOnlyList<string> Categorical { get; init; } = [];

    /// <summary>Whether features of each entity's strictly earlier rows are derived (<see cref="HistoryFeatures"/>).</summary>
    public bool History { get; init; } = true;

    /// <summary>The largest share of rows that may be rejected before the whole table is refused.</summary>
    public double MaxRejectedShare { get; init; } = DefaultMaxRejectedShare;

    /// <summary>The default <see cref="MaxRejectedShare"/>: one row in a hundred.</summary>
    public const double DefaultMaxRejectedShare = 0.01;

    /// <summary>The roles of a table in the documented default form.</summary>
    public static TableRoles Default { get; } = new();
}
