namespace Supervision.Learning.Tables;

/// <summary>What the reader made of a feature table's column.</summary>
public enum TableColumnKind
{
    /// <summary>The row id.</summary>
    Id,

    /// <summary>The entity inspected.</summary>
    Entity,

    /// <summary>The inspection date.</summary>
    Date,

    /// <summary>The label.</summary>
    Label,

    /// <summary>The baseline score compared with (and, for <c>rule_score</c>, also a feature).</summary>
    Baseline,

    /// <summary>Left out (<see cref="TableRoles.Ignore"/>).</summary>
    Ignored,

    /// <summary>A numeric (or boolean) feature; missing values stay missing.</summary>
    Number,

    /// <summary>A categorical feature, one-hot encoded over its frequent values and one "other" slot.</summary>
    Category,

    /// <summary>No value in any row: left out.</summary>
    Empty,
}
