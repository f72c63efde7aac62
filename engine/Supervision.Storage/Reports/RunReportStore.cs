using System.Runtime.CompilerServices;
using Npgsql;
using Supervision.Storage.Runs;

namespace Supervision.Storage.Reports;

/// <summary>
/// What the analysts' risk reports read: the runs, a run's breakdown (built once per run on first use and kept, a few
/// thousand rows however many enterprises), the moves since the previous run (built with it) or over any chosen period
/// (computed on demand), a run's enterprises under a filter, and one enterprise's history, tasks and results.
/// </summary>
/// <remarks>Thread-safe; each call uses its own connection. Runs are immutable once completed, so are their report rows.</remarks>
public sealed class RunReportStore(Database database, TimeProvider clock)
{
    /// <summary>The most runs a list or a history shows.</summary>
    public const int MaxRuns = 400;

    /// <summary>The most moves a page lists (the count is always whole).</summary>
    public const int MaxMoves = 50;

    public async Task<IReadOnlyList<ReportRun>> RunsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, ReportSql.Runs, MaxRuns);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var runs = new List<ReportRun>();
        while (await reader.ReadAsync(cancellationToken))
        {
            runs.Add(ReadRun(reader, 0));
        }

        return runs;
    }

    public async Task<ReportRun?> FindRunAsync(string runId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(runId);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, ReportSql.Run, runId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadRun(reader, 0) : null;
    }

    /// <summary>
    /// Builds the run's breakdown and its moves since the previous reportable run, unless built already; returns the
    /// previous run's id (null for the first run). Concurrent callers build once: the second waits on the lock, then
    /// finds the rows.
    /// </summary>
    /// <exception cref="InvalidOperationException">The run does not exist or is not complete.</exception>
    public async Task<string?> EnsureBuiltAsync(string runId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(runId);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        if (await BuiltAsync(connection, null, runId, cancellationToken) is (true, var previousRun))
        {
            return previousRun;
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await StoreCommand.ExecuteAsync(connection, transaction, ReportSql.Lock, cancellationToken, AdvisoryLockKeys.RunReports);
        // Another builder may have finished while this one waited for the lock.
        if (await BuiltAsync(connection, transaction, runId, cancellationToken) is (true, var builtMeanwhile))
        {
            return builtMeanwhile;
        }

        ReportRun run;
        await using (var command = StoreCommand.Create(connection, transaction, ReportSql.Run, runId))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            run = await reader.ReadAsync(cancellationToken)
                ? ReadRun(reader, 0)
                : throw new InvalidOperationException($"run {runId} is not a completed run in {database.Target}");
        }

        string? previous;
        await using (var command = StoreCommand.Create(connection, transaction, ReportSql.PreviousRun, run.AsOf))
        {
            previous = await command.ExecuteScalarAsync(cancellationToken) as string;
        }

        await StoreCommand.ExecuteAsync(connection, transaction, ReportSql.InsertBreakdown, cancellationToken, runId);
        if (previous is not null)
        {
            await StoreCommand.ExecuteAsync(connection, transaction, ReportSql.InsertMoves, cancellationToken, runId, previous);
        }

        await StoreCommand.ExecuteAsync(connection, transaction, ReportSql.InsertReport, cancellationToken, runId, previous, clock.GetUtcNow());
        await transaction.CommitAsync(cancellationToken);
        return previous;
    }

    /// <summary>The run's enterprises counted per industry, district, category, level, class and regime, under the filter.</summary>
    public async Task<IReadOnlyList<BreakdownCount>> BreakdownAsync(string runId, ReportFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await EnsureBuiltAsync(runId, cancellationToken);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, ReportSql.Breakdown, [runId, .. filter.Parameters()]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = new List<BreakdownCount>();
        while (await reader.ReadAsync(cancellationToken))
        {
            counts.Add(new BreakdownCount(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), reader.GetString(5), reader.GetInt64(6)));
        }

        return counts;
    }

    /// <summary>The districts, industries, categories and regimes present in a run (for the filter lists), each sorted.</summary>
    public async Task<ReportFacets> FacetsAsync(string runId, CancellationToken cancellationToken = default)
    {
        await EnsureBuiltAsync(runId, cancellationToken);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, ReportSql.Facets, runId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal)
        {
            ["district"] = [], ["industry"] = [], ["category"] = [], ["regime"] = [],
        };
        while (await reader.ReadAsync(cancellationToken))
        {
            values[reader.GetString(0)].Add(reader.GetString(1));
        }

        foreach (var list in values.Values)
        {
            list.Sort(StringComparer.Ordinal);
        }

        return new ReportFacets(values["district"], values["industry"], values["category"], values["regime"]);
    }

    /// <summary>The moves since the previous run (stored with the breakdown), under the filter: the first <see cref="MaxMoves"/> and the count.</summary>
    public async Task<RiskMoves> MovesSincePreviousAsync(string runId, ReportFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var previous = await EnsureBuiltAsync(runId, cancellationToken);
        if (previous is null)
        {
            return new RiskMoves(null, [], 0);
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        long count;
        await using (var command = StoreCommand.Create(connection, null, ReportSql.StoredMoveCount, [runId, .. filter.Parameters()]))
        {
            count = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }

        await using var list = StoreCommand.Create(connection, null, ReportSql.StoredMoves, [runId, .. filter.Parameters(), MaxMoves]);
        return new RiskMoves(previous, await ReadMovesAsync(list, cancellationToken), count);
    }

    /// <summary>The moves since the previous run (stored with the breakdown) under the filter, all of them in USCC order (for exports).</summary>
    public async IAsyncEnumerable<RiskMove> StoredMovesAsync(string runId, ReportFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await EnsureBuiltAsync(runId, cancellationToken);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, ReportSql.StoredMoves, [runId, .. filter.Parameters(), null]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return ReadMove(reader);
        }
    }

    /// <summary>
    /// The moves between two chosen runs under the filter, computed on demand (a join of two runs' assessments): the first
    /// <paramref name="limit"/>, or all with a null limit (for exports).
    /// </summary>
    public async IAsyncEnumerable<RiskMove> MovesBetweenAsync(
        string fromRunId, string toRunId, ReportFilter filter, int? limit, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, ReportSql.MovesOverPeriod, [toRunId, .. filter.Parameters(), fromRunId, limit]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return ReadMove(reader);
        }
    }

    /// <summary>A run's enterprises under the filter in USCC order: a page, or all of them with a null limit (exports stream this).</summary>
    public async IAsyncEnumerable<AssessedEnterprise> AssessmentsAsync(
        string runId, ReportFilter filter, int? limit, int offset, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, ReportSql.Assessments, [runId, .. filter.Parameters(), limit, offset]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return ReadAssessment(reader, 0);
        }
    }

    /// <summary>
    /// A night's alerts under the filters, most urgent first: a page, or all of them with a null limit (exports stream
    /// this). <paramref name="level"/> null for every level; <paramref name="leadsOnly"/> for those that became case leads.
    /// </summary>
    public async IAsyncEnumerable<NightAlertRow> AlertsAsync(
        string runId, ReportFilter filter, string? level, bool leadsOnly, int? limit, int offset,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, ReportSql.Alerts, [runId, .. filter.Parameters(), level, leadsOnly, limit, offset]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new NightAlertRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetString(8), reader.GetString(9),
                reader.IsDBNull(10) ? null : reader.GetString(10));
        }
    }

    /// <summary>A night's alerts under the filters counted by level and kind, most urgent level first.</summary>
    public async Task<IReadOnlyList<AlertCount>> AlertCountsAsync(string runId, ReportFilter filter, string? level, bool leadsOnly,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, ReportSql.AlertCounts, [runId, .. filter.Parameters(), level, leadsOnly]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = new List<AlertCount>();
        while (await reader.ReadAsync(cancellationToken))
        {
            counts.Add(new AlertCount(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3)));
        }

        return counts;
    }

    /// <summary>An enterprise across the reportable runs, newest first (at most <see cref="MaxRuns"/>).</summary>
    public async Task<IReadOnlyList<AssessmentHistoryEntry>> HistoryAsync(string uscc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uscc);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, ReportSql.History, uscc, MaxRuns);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var history = new List<AssessmentHistoryEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var run = new ReportRun(reader.GetString(0), reader.GetFieldValue<DateOnly>(1), 0, reader.GetString(2));
            var a = new AssessedEnterprise(uscc, reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6),
                reader.GetString(7), reader.GetString(8), reader.GetString(9), NullableDouble(reader, 10), reader.GetString(11),
                NullableDouble(reader, 12), reader.GetString(13), reader.GetFieldValue<string[]>(14), reader.IsDBNull(15) ? null : reader.GetString(15));
            history.Add(new AssessmentHistoryEntry(run, a));
        }

        return history;
    }

    /// <summary>An enterprise's tasks across draws with their results, newest draw first (at most <see cref="MaxRuns"/>).</summary>
    public async Task<IReadOnlyList<EnterpriseTaskEntry>> TasksAsync(string uscc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uscc);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, ReportSql.Tasks, uscc, MaxRuns);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tasks = new List<EnterpriseTaskEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tasks.Add(new EnterpriseTaskEntry(reader.GetString(0), reader.GetFieldValue<DateOnly>(1), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), reader.GetString(5), reader.GetFieldValue<DateOnly>(6), reader.GetFieldValue<DateOnly>(7),
                reader.GetFieldValue<string[]>(8), reader.IsDBNull(9) ? null : reader.GetString(9),
                reader.IsDBNull(10) ? null : reader.GetFieldValue<DateOnly>(10), reader.IsDBNull(11) ? null : reader.GetString(11)));
        }

        return tasks;
    }

    /// <summary>Builds the report rows of every reportable run from <paramref name="from"/> to <paramref name="to"/> that lacks them.</summary>
    public async Task EnsureBuiltAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var unbuilt = new List<string>();
        await using (var connection = await database.OpenConnectionAsync(cancellationToken))
        await using (var command = StoreCommand.Create(connection, null, ReportSql.Unbuilt, from, to))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                unbuilt.Add(reader.GetString(0));
            }
        }

        foreach (var runId in unbuilt)
        {
            await EnsureBuiltAsync(runId, cancellationToken);
        }
    }

    /// <summary>Enterprises per night, district and category from <paramref name="from"/> to <paramref name="to"/> (the latest run of each night).</summary>
    public async Task<IReadOnlyList<NightCount>> NightlyAsync(DateOnly from, DateOnly to, ReportFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await EnsureBuiltAsync(from, to, cancellationToken);
        return await ReadAllAsync(ReportSql.Nightly, [from, .. filter.Parameters(), to],
            r => new NightCount(r.GetFieldValue<DateOnly>(0), r.GetString(1), r.GetString(2), r.GetInt64(3)), cancellationToken);
    }

    /// <summary>Inspection tasks drawn, inspected and finding a problem, per month, district, category and pool, of the draws in the period.</summary>
    public Task<IReadOnlyList<DrawActivity>> ActivityAsync(DateOnly from, DateOnly to, ReportFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return ReadAllAsync(ReportSql.Activity, [from, .. filter.Parameters(), to],
            r => new DrawActivity(r.GetFieldValue<DateOnly>(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt64(4), r.GetInt64(5), r.GetInt64(6)),
            cancellationToken);
    }

    /// <summary>Every task with a confirmed result among the draws in the period, with the enterprise's standing when drawn.</summary>
    public Task<IReadOnlyList<InspectedTask>> InspectedAsync(DateOnly from, DateOnly to, ReportFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return ReadAllAsync(ReportSql.Inspected, [from, .. filter.Parameters(), to],
            r => new InspectedTask(r.GetString(0), r.GetString(1), r.GetString(2), NullableDouble(r, 3), NullableDouble(r, 4), r.GetBoolean(5)),
            cancellationToken);
    }

    /// <summary>Every visit of a confirmed result (voided draws left out) up to <paramref name="asOf"/>.</summary>
    public Task<IReadOnlyList<ConfirmedVisit>> ConfirmedVisitsAsync(DateOnly asOf, CancellationToken cancellationToken = default)
        => ReadAllAsync(ReportSql.ConfirmedVisits, [asOf],
            r => new ConfirmedVisit(r.GetString(0), r.GetFieldValue<DateOnly>(1), r.GetString(2), r.GetString(3)), cancellationToken);

    private async Task<IReadOnlyList<T>> ReadAllAsync<T>(string sql, object?[] parameters, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>Whether the run's report rows are built, and against which previous run (null for the first run).</summary>
    private static async Task<(bool Built, string? Previous)> BuiltAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string runId, CancellationToken cancellationToken)
    {
        await using var command = StoreCommand.Create(connection, transaction, ReportSql.Built, runId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (true, reader.IsDBNull(0) ? null : reader.GetString(0)) : (false, null);
    }

    private static async Task<IReadOnlyList<RiskMove>> ReadMovesAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var moves = new List<RiskMove>();
        while (await reader.ReadAsync(cancellationToken))
        {
            moves.Add(ReadMove(reader));
        }

        return moves;
    }

    private static RiskMove ReadMove(NpgsqlDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
        reader.GetString(6), reader.GetString(7), reader.GetString(8), reader.GetString(9), reader.GetString(10), reader.GetString(11),
        reader.GetString(12), reader.GetFieldValue<string[]>(13), reader.GetFieldValue<string[]>(14));

    private static AssessedEnterprise ReadAssessment(NpgsqlDataReader reader, int first) => new(
        reader.GetString(first), reader.GetString(first + 1), reader.GetString(first + 2), reader.GetString(first + 3),
        reader.GetString(first + 4), reader.GetString(first + 5), reader.GetString(first + 6), reader.GetString(first + 7),
        NullableDouble(reader, first + 8), reader.GetString(first + 9), NullableDouble(reader, first + 10), reader.GetString(first + 11),
        reader.GetFieldValue<string[]>(first + 12), reader.IsDBNull(first + 13) ? null : reader.GetString(first + 13));

    private static double? NullableDouble(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);

    private static ReportRun ReadRun(NpgsqlDataReader reader, int first)
        => new(reader.GetString(first), reader.GetFieldValue<DateOnly>(first + 1), reader.GetInt32(first + 2), reader.GetString(first + 3));
}
