namespace Supervision.Application.Reports;

/// <summary>One row of a cross table: a district or an industry, with its enterprises per category in the table's column order.</summary>
/// <param name="Key">The district or industry code.</param>
/// <param name="Counts">Enterprises per category, in the order of <see cref="RiskOverview.Categories"/>.</param>
/// <param name="Total">All its enterprises.</param>
public sealed record CrossRow(string Key, IReadOnlyList<long> Counts, long Total)
{
    /// <summary>The share of the row's enterprises in the category at <paramref name="column"/>, 0 when the row is empty.</summary>
    public double Share(int column) => Total == 0 ? 0 : (double)Counts[column] / Total;
}
