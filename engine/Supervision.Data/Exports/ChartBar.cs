namespace Supervision.Data.Exports;

/// <summary>One bar of <see cref="SvgChart.Bars"/>.</summary>
/// <param name="Label">The category, such as a district; shortened with … when too long, shown in full on hover.</param>
/// <param name="Value">The value; negative values draw to the left of the zero line.</param>
public sealed record ChartBar(string Label, double Value);
