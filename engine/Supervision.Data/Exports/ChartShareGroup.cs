namespace Supervision.Data.Exports;

/// <summary>One 100 % bar of <see cref="SvgChart.StackedShares"/>, such as a district.</summary>
/// <param name="Label">The group, such as a district.</param>
/// <param name="Values">One amount per category (counts, not shares: the chart divides by their sum); negative amounts count as 0.</param>
public sealed record ChartShareGroup(string Label, IReadOnlyList<double> Values);
