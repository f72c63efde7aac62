using System.Globalization;
using Supervision.Rules.Bundle;
using Supervision.Rules.Language;

namespace Supervision.Rules.Rulebook;

/// <summary>Table cells and outputs in plain words: 60（含）至 75（不含）, A、B, 除 D 以外, 30%.</summary>
internal static class CellWords
{
    public const string Any = "任意";

    public static string Input(CellTest test) => test switch
    {
        IntervalCell i => Interval(i),
        ValueSetCell { Negated: true } v => $"除 {Values(v.Values)} 以外",
        ValueSetCell v => Values(v.Values),
        _ => Any,
    };

    public static string Output(string output, string value) => output switch
    {
        "ratio" => Percent(TableOutputs.ParseRatio(value)),
        "min_count" => $"{value} 家",
        "exempt" => value == "true" ? "是" : "否",
        _ => value,
    };

    /// <summary>Plain name of a table output column.</summary>
    public static string OutputName(string output, VariableCatalog catalog) => output switch
    {
        "ratio" => "抽查比例",
        "min_count" => "最少抽查家数",
        "exempt" => "免于常规抽查",
        _ => catalog.Find(output)?.Description ?? output,
    };

    public static string Percent(double ratio) => ratio.ToString("0.##%", CultureInfo.InvariantCulture);

    private static string Interval(IntervalCell cell)
    {
        var (low, high) = (ConditionWriter.Number(cell.Low), ConditionWriter.Number(cell.High));
        if (cell.Low == cell.High)
        {
            return $"等于 {low}";
        }

        if (double.IsNegativeInfinity(cell.Low))
        {
            return cell.HighInclusive ? $"{high} 及以下" : $"低于 {high}";
        }

        if (double.IsPositiveInfinity(cell.High))
        {
            return cell.LowInclusive ? $"{low} 及以上" : $"高于 {low}";
        }

        return $"{low}（{(cell.LowInclusive ? "含" : "不含")}）至 {high}（{(cell.HighInclusive ? "含" : "不含")}）";
    }

    private static string Values(IReadOnlyList<string> values)
        => string.Join("、", values.Select(v => v switch { "true" => "是", "false" => "否", _ => v }));
}
