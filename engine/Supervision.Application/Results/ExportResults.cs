using Supervision.Data.Import;
using Supervision.Data.Results;
using Supervision.Storage.Results;

namespace Supervision.Application.Results;

/// <summary>
/// `results export`: the results confirmed in the web service for one draw, written as that draw's record
/// (<see cref="RecordFile"/>) and a results file (<see cref="ResultsFile"/>) — the two inputs `results import`, `decide`
/// and `publish` read, so a result entered in the browser reaches the decision and the next night's scores the way a
/// results file does, checked once more by the same validator.
/// </summary>
public static class ExportResults
{
    public const string RecordFile = "draw-record.json";

    public const string ResultsFile = "results.csv";

    /// <summary>Writes draw <paramref name="drawId"/>'s files into <paramref name="outDirectory"/>; the number of results, or null when there is no such draw.</summary>
    public static async Task<int?> WriteAsync(ResultEntryStore store, string drawId, string outDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (await store.ConfirmedAsync(drawId, cancellationToken) is not { } found)
        {
            return null;
        }

        var (record, rows) = found;
        Directory.CreateDirectory(outDirectory);
        await File.WriteAllTextAsync(Path.Combine(outDirectory, RecordFile), record, cancellationToken);
        SafeCsvWriter.Write(Path.Combine(outDirectory, ResultsFile), [.. ResultImporter.Columns.Select(c => c.Name)],
            rows.Select(row => (IReadOnlyList<string?>)[.. ResultImporter.Columns.Select(c => row.GetValueOrDefault(c.Name))]));
        return rows.Count;
    }
}
