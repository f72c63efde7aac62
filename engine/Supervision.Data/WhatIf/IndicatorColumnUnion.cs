using Supervision.Model.Indicators;

namespace Supervision.Data.WhatIf;

/// <summary>
/// The safety-indicators.csv columns two bundles read, so that the file is imported once for both: the first bundle's
/// columns in order, then those only the second declares. A column both declare is read with the wider of the two
/// bounds and value lists; <see cref="Admits"/> then applies each bundle's own declaration to the values read.
/// </summary>
public static class IndicatorColumnUnion
{
    /// <returns>The union, or null when a column is declared with two different types (then <paramref name="conflict"/> says which).</returns>
    public static IReadOnlyList<IndicatorColumn>? Merge(
        IReadOnlyList<IndicatorColumn> first, IReadOnlyList<IndicatorColumn> second, out string? conflict)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        conflict = null;
        var union = new List<IndicatorColumn>(first);
        foreach (var column in second)
        {
            var index = union.FindIndex(c => string.Equals(c.Name, column.Name, StringComparison.Ordinal));
            if (index < 0)
            {
                union.Add(column);
                continue;
            }

            var other = union[index];
            if (other.Type != column.Type)
            {
                conflict = $"indicator '{column.Name}' is a {other.Type.ToString().ToLowerInvariant()} in the base bundle "
                    + $"but a {column.Type.ToString().ToLowerInvariant()} in the candidate: safety-indicators.csv cannot be read once for both";
                return null;
            }

            union[index] = other with
            {
                AllowedValues = [.. other.AllowedValues.Union(column.AllowedValues, StringComparer.Ordinal)],
                Min = other.Min is { } a && column.Min is { } b ? Math.Min(a, b) : null,
                Max = other.Max is { } c && column.Max is { } d ? Math.Max(c, d) : null,
                // The column may be absent only when both bundles would score the absence with a default.
                Default = column.Default is null ? null : other.Default,
            };
        }

        return union;
    }

    /// <summary>True when both declarations read a cell the same way.</summary>
    public static bool Same(IndicatorColumn a, IndicatorColumn b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.Name == b.Name && a.Type == b.Type && a.Min == b.Min && a.Max == b.Max
            && a.AllowedValues.SequenceEqual(b.AllowedValues, StringComparer.Ordinal);
    }

    /// <summary>
    /// Whether a value imported under the union's (possibly wider) declaration is also valid under
    /// <paramref name="own"/>; the importer would have rejected the row otherwise.
    /// </summary>
    public static bool Admits(IndicatorColumn own, object? value)
    {
        ArgumentNullException.ThrowIfNull(own);
        return value switch
        {
            null => true,
            double number when own.Type is IndicatorType.Number or IndicatorType.Integer =>
                (own.Type != IndicatorType.Integer || number == Math.Truncate(number))
                && (own.Min is not { } min || number >= min)
                && (own.Max is not { } max || number <= max),
            string text when own.Type == IndicatorType.Enum => own.AllowedValues.Contains(text, StringComparer.Ordinal),
            _ => true,
        };
    }
}
