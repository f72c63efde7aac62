using Supervision.Data.Import;
using Supervision.Data.Scoring;
using Supervision.Rules.Alerts;

namespace Supervision.Data.Runs;

/// <summary>The night's alerts: read the previous night's export, write this night's alert list.</summary>
public sealed partial class FileRunStore
{
    /// <summary>runs/&lt;run id&gt;/alerts.csv: the night's alert list, as <c>supervision score</c> writes it.</summary>
    public string AlertsFile(string runId) => Path.Combine(RunDirectory(runId), AlertCsv.FileName);

    /// <remarks>Reads the run's assessments export (written before its draw) whole, once per call: for the data a directory holds.</remarks>
    public Task<IReadOnlyDictionary<string, PreviousStanding>> ReadStandingsAsync(
        string runId, IReadOnlyCollection<string> usccs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(usccs);
        cancellationToken.ThrowIfCancellationRequested();
        var path = AssessmentsFile(runId);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"run {runId} has no assessments export ({path}): its night was not drawn");
        }

        var read = PreviousAssessmentImporter.Import(path);
        if (read.Report.Rejected > 0)
        {
            throw new InvalidDataException($"{path}: {read.Report.Rejected} row(s) cannot be read; the alerts will not compare with part of a night");
        }

        var wanted = usccs as IReadOnlySet<string> ?? usccs.ToHashSet(StringComparer.Ordinal);
        IReadOnlyDictionary<string, PreviousStanding> standings = read.Rows
            .Where(r => wanted.Contains(r.Uscc))
            .ToDictionary(r => r.Uscc, r => r.Standing, StringComparer.Ordinal);
        return Task.FromResult(standings);
    }

    public Task SaveAlertsAsync(string runId, NightAlerts alerts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        cancellationToken.ThrowIfCancellationRequested();
        RequireRun(runId);
        AtomicFile.Replace(AlertsFile(runId), stream => AlertCsv.Write(stream, alerts.Alerts));
        return Task.CompletedTask;
    }
}
