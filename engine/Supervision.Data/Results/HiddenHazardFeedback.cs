using CsvHelper;
using Supervision.Data.Import;
using Supervision.Rules.Tolerance;

namespace Supervision.Data.Results;

/// <summary>
/// Safety feedback: a finding the list header marks as a hidden hazard (事故隐患) that is still not rectified after the
/// ordered deadline adds one to the hidden-hazard indicator of the enterprise in the copied safety-indicators.csv.
/// </summary>
internal static class HiddenHazardFeedback
{
    /// <summary>Open hidden hazards by USCC on <paramref name="asOf"/>.</summary>
    public static Dictionary<string, int> Open(IReadOnlyList<DecidedFinding> decided, ToleranceSettings settings, DateOnly asOf)
        => decided
            .Where(d => settings.HiddenHazardViolations.Any(p => d.Finding.ViolationCode.StartsWith(p, StringComparison.Ordinal))
                && d.Result.Status == RectificationStatus.Pending && d.Result.RectificationDeadline < asOf)
            .GroupBy(d => d.Result.Uscc, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>Rewrites the file with the open hazards added to the indicator column; returns the enterprises changed.</summary>
    public static int Apply(string path, string indicator, IReadOnlyDictionary<string, int> open)
    {
        if (open.Count == 0 || !File.Exists(path))
        {
            return 0;
        }

        List<string> headers;
        var rows = new List<IReadOnlyList<string?>>();
        using (var reader = CsvReader.FromFile(path, CsvReaderOptions.Default with { Separator = ',' }))
        {
            headers = [.. reader.Headers.Select(h => h.Trim().TrimStart('\uFEFF'))];
            var column = headers.IndexOf(indicator);
            if (column < 0)
            {
                return 0;
            }

            while (reader.Read())
            {
                var cells = Enumerable.Range(0, headers.Count).Select(i => (string?)reader.GetString(i)).ToArray();
                if (open.TryGetValue(cells[0]!, out var count))
                {
                    var current = CellParsers.TryParseNumber(cells[column]!, out var value) ? value : 0;
                    cells[column] = (current + count).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                rows.Add(cells);
            }
        }

        SafeCsvWriter.Write(path, headers, rows);
        return open.Count;
    }
}
