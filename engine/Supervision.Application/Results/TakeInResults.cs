using System.Globalization;
using System.Text.RegularExpressions;
using Supervision.Data.Import;
using Supervision.Data.Results;
using Supervision.Draws.Record;
using Supervision.Rules.Compilation;
using Supervision.Rules.Diagnostics;
using Supervision.Rules.Tolerance;
using Supervision.Storage.Results;

namespace Supervision.Application.Results;

/// <summary>
/// What a night on PostgreSQL takes in before it cuts its inputs: every result confirmed in the web service (检查结果录入,
/// both team members) of every standing draw, checked again against its draw (teams as they stand) by the validator of
/// `results import`, decided with the tolerance list and the first-violation ledger exactly as `results decide` decides,
/// and fed back as `results decide` feeds back — an inspections.csv row per result, a penalty row per penalised finding,
/// open hidden hazards — into a copy of the data directory that the night then reads. So a result entered in the browser
/// moves the next night's scores without anyone exporting a file.
/// </summary>
/// <remarks>
/// Every night decides all confirmed results again (the ledger forgets a result's own entries before deciding it again),
/// so the night's input is a function of the data directory and the database, whichever night ran before. Written under
/// <c>&lt;work&gt;/results-intake/&lt;as-of&gt;/</c> (decisions.csv and .html, the appended rows, next-data/) with the ledger at
/// <c>&lt;work&gt;/results-intake/ledger.csv</c>; the three latest nights' folders are kept.
/// </remarks>
public static partial class TakeInResults
{
    public const string Folder = "results-intake";

    public const string LedgerFile = "ledger.csv";

    private const int NightsKept = 3;

    /// <summary>
    /// The nights' intake (<see cref="Nightly.NightlySettings.TakeIn"/>) for the bundle in force at <paramref name="rulesDirectory"/>
    /// (its tolerance list decides) and the data directory <paramref name="dataDirectory"/>, writing under <paramref name="workDirectory"/>.
    /// </summary>
    /// <remarks>A tolerance list that cannot decide fails the night with its diagnostics, rather than scoring as if no result had come back.</remarks>
    public static Func<DateOnly, CompiledBundle, CancellationToken, Task<ResultsIntake>> For(
        ResultEntryStore store, string rulesDirectory, string dataDirectory, string workDirectory)
        => async (asOf, bundle, cancellationToken) =>
        {
            // The list is loaded only when there is something to decide: a bundle without one scores as before.
            if ((await store.DrawsWithConfirmedAsync(asOf, cancellationToken)).Count == 0)
            {
                return Nothing(dataDirectory);
            }

            var diagnostics = new DiagnosticBag();
            var decider = DecideResults.LoadDecider(bundle, rulesDirectory, diagnostics)
                ?? throw new InvalidOperationException(
                    "the tolerance list cannot decide the results confirmed in the service; nothing was scored: " + string.Join("; ", diagnostics.Sorted()));
            return await RunAsync(store, bundle, decider, dataDirectory, workDirectory, asOf, cancellationToken);
        };

    /// <summary>Takes in the results confirmed by <paramref name="asOf"/>; the data directory the night should read.</summary>
    public static async Task<ResultsIntake> RunAsync(ResultEntryStore store, CompiledBundle bundle, ToleranceDecider decider,
        string dataDirectory, string workDirectory, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var draws = await store.DrawsWithConfirmedAsync(asOf, cancellationToken);
        if (draws.Count == 0)
        {
            return Nothing(dataDirectory);
        }

        var root = Path.Combine(workDirectory, Folder);
        var outDirectory = Path.Combine(root, asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var resultsDirectory = Path.Combine(outDirectory, "results");
        Directory.CreateDirectory(resultsDirectory);
        var rows = new List<InspectionResult>();
        var rejected = 0;
        foreach (var (drawId, n) in draws.Select((d, i) => (d, i)))
        {
            if (await store.ConfirmedAsync(drawId, cancellationToken) is not { } confirmed)
            {
                continue;
            }

            var record = TeamsAsTheyStand.Apply(RecordJson.Parse(confirmed.Record), confirmed.Teams);
            var path = Path.Combine(resultsDirectory, string.Create(CultureInfo.InvariantCulture, $"{n + 1:D3}-{FileSafe().Replace(drawId, "_")}.csv"));
            SafeCsvWriter.Write(path, [.. ResultImporter.Columns.Select(c => c.Name)],
                confirmed.Rows.Select(row => (IReadOnlyList<string?>)[.. ResultImporter.Columns.Select(c => row.GetValueOrDefault(c.Name))]));
            var imported = ResultImporter.Import(path, record);
            // A night run again for an earlier date takes in what was inspected by then, not what came after.
            rows.AddRange(imported.Rows.Where(r => r.Date <= asOf));
            rejected += (int)imported.Report.Rejected;
        }

        var (decided, inspections, penalties, listings, _) = DecideResults.DecideRows(
            bundle, decider, dataDirectory, rows, Path.Combine(root, LedgerFile), outDirectory, asOf);
        Prune(root);
        return new ResultsIntake(Path.Combine(outDirectory, FeedbackWriter.NextData), rows.Count, rejected, decided.Count, inspections, penalties, listings);
    }

    private static ResultsIntake Nothing(string dataDirectory) => new(dataDirectory, 0, 0, 0, 0, 0, 0);

    // Each night's folder holds a copy of the data directory: only the latest few are kept (ISO dates sort by name).
    private static void Prune(string root)
    {
        foreach (var old in Directory.GetDirectories(root).Where(d => DateOnly.TryParseExact(Path.GetFileName(d), "yyyy-MM-dd", out _))
            .Order(StringComparer.Ordinal).SkipLast(NightsKept))
        {
            Directory.Delete(old, recursive: true);
        }
    }

    [GeneratedRegex("[^A-Za-z0-9_-]")]
    private static partial Regex FileSafe();
}
