namespace Supervision.Data.Exports;

/// <summary>One line of <see cref="SvgChart.Lines"/>.</summary>
/// <param name="Name">The name shown in the legend.</param>
/// <param name="Values">One value per x label; null (or NaN) leaves a gap in the line.</param>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values);
