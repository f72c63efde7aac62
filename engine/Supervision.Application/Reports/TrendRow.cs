namespace Supervision.Application.Reports;

/// <summary>One period of a trend: enterprises per category (in the report's category order) and in all.</summary>
public sealed record TrendRow(string Period, IReadOnlyList<long> Counts, long Total)
{
    /// <summary>The share of the category at <paramref name="column"/>, null for an empty period.</summary>
    public double? Share(int column) => Total == 0 ? null : (double)Counts[column] / Total;
}
