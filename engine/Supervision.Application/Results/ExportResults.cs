using Supervision.Data.Import;
using Supervision.Data.Results;
using Supervision.Storage.Results;

namespace Supervision.Application.Results;

/// <summary>
/// `results export`: the results confirmed in the web service for one draw, written as that draw's record
/// (<see cref="RecordFile"/>), a results file (<see cref="ResultsFile"/>) and, when recusals changed teams, the teams as
/// they stand (<see cref="TeamsAsTheyStand.File"/>, read beside the record) — the inputs `results import`, `decide`
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

        var (record, rows, teams) = found;
        Directory.CreateDirectory(outDirectory);
        await File.WriteAllTextAsync(Path.Combine(outDirectory, RecordFile), record, cancellationToken);
        var teamsPath = Path.Combine(outDirectory, TeamsAsTheyStand.File);
        if (teams.Count > 0)
        {
            TeamsAsTheyStand.Write(teamsPath, teams);
        }
        else
        {
            // A file left by an earlier export would give this draw another draw's teams.
            File.Delete(teamsPath);
        }

        SafeCsvWriter.Write(Path.Combine(outDirectory, ResultsFile), [.. ResultImporter.Columns.Select(c => c.Name)],
            rows.Select(row => (IReadOnlyList<string?>)[.. ResultImporter.Columns.Select(c => row.GetValueOrDefault(c.Name))]));
        return rows.Count;
    }
}
