using System.Globalization;

namespace Supervision.Rules.Analysis;

/// <summary>Writes cell sets and regions for regulators: as conditions, as example inputs and as CSV cells.</summary>
internal static class RegionText
{
    /// <summary>E.g. <c>safety_level=橙, credit_class ∈ {C, D}</c> or <c>credit_score ∈ [60, 61)</c>.</summary>
    public static string Region(IReadOnlyList<Column> columns, IReadOnlyList<CellSet> cells)
        => string.Join(", ", columns.Select(c => Condition(c, cells[c.Index])));

    /// <summary>One concrete input in the region, e.g. <c>safety_level=红, credit_class=A</c>.</summary>
    public static string Example(IReadOnlyList<Column> columns, IReadOnlyList<CellSet> cells)
        => string.Join(", ", columns.Select(c => cells[c.Index] switch
        {
            NumericSet n => $"{c.Name}={Number(n.Representative())}",
            ValueSet { Complement: false, Values: [var first, ..] } => $"{c.Name}={first}",
            var other => Condition(c, other),
        }));

    public static string Condition(Column column, CellSet set)
    {
        if (column.Domain.IsSubsetOf(set))
        {
            return $"any {column.Name}";
        }

        return set switch
        {
            ValueSet { Complement: false, Values: [var single] } => $"{column.Name}={single}",
            ValueSet { Complement: false } v => $"{column.Name} ∈ {{{string.Join(", ", v.Values)}}}",
            ValueSet v => $"{column.Name} ∉ {{{string.Join(", ", v.Values)}}}",
            NumericSet { IsPoint: true } n => $"{column.Name}={Number(n.Low)}",
            NumericSet n when double.IsNegativeInfinity(n.Low) => $"{column.Name} {(n.HighClosed ? "≤" : "<")} {Number(n.High)}",
            NumericSet n when double.IsPositiveInfinity(n.High) => $"{column.Name} {(n.LowClosed ? "≥" : ">")} {Number(n.Low)}",
            NumericSet n => $"{column.Name} ∈ {(n.LowClosed ? "[" : "(")}{Number(n.Low)}, {Number(n.High)}{(n.HighClosed ? "]" : ")")}",
            _ => column.Name,
        };
    }

    /// <summary>The set as a table cell a regulator can paste into the CSV file.</summary>
    public static string Cell(Column column, CellSet set)
    {
        if (column.Domain.IsSubsetOf(set))
        {
            return "-";
        }

        var text = set switch
        {
            ValueSet { Complement: false } v => string.Join(",", v.Values),
            ValueSet v => $"not({string.Join(",", v.Values)})",
            NumericSet { IsPoint: true } n => Number(n.Low),
            NumericSet n when double.IsNegativeInfinity(n.Low) => (n.HighClosed ? "<=" : "<") + Number(n.High),
            NumericSet n when double.IsPositiveInfinity(n.High) => (n.LowClosed ? ">=" : ">") + Number(n.Low),
            NumericSet n => $"{(n.LowClosed ? "[" : "(")}{Number(n.Low)}..{Number(n.High)}{(n.HighClosed ? "]" : ")")}",
            _ => "-",
        };
        return text.Contains(',', StringComparison.Ordinal) ? $"\"{text}\"" : text;
    }

    /// <summary>A column's domain, e.g. <c>红, 橙, 黄, 蓝</c> or <c>[0, 100]</c>.</summary>
    public static string Domain(Column column) => column.Domain switch
    {
        ValueSet { Complement: false } v => string.Join(", ", v.Values),
        NumericSet n when double.IsInfinity(n.Low) && double.IsInfinity(n.High) => "any number",
        NumericSet n => $"{(n.LowClosed ? "[" : "(")}{Number(n.Low)}, {Number(n.High)}{(n.HighClosed ? "]" : ")")}",
        _ => "any text",
    };

    public static string Number(double value)
        => double.IsPositiveInfinity(value) ? "∞"
            : double.IsNegativeInfinity(value) ? "-∞"
            : value.ToString("0.######", CultureInfo.InvariantCulture);
}
