using Npgsql;
using Supervision.Storage.Changes;
using Supervision.Storage.Runs;

namespace Supervision.Storage.Discipline;

/// <summary>Reads the 电子监察 report (<see cref="DisciplineReport"/>) from the service's database; it writes nothing.</summary>
public sealed class DisciplineStore(Database database)
{
    /// <summary>Rows listed at most per table of overdue work (the counts say how many there are).</summary>
    public const int RowLimit = 5000;

    public async Task<DisciplineReport> ReportAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var overdue = await ReadAsync(connection, DisciplineSql.Overdue, [to, RowLimit], r => new OverdueTask(r.GetString(0), r.GetString(1), r.GetString(2),
            r.GetString(3), r.GetFieldValue<DateOnly>(4), r.GetFieldValue<DateOnly>(5), r.GetFieldValue<string[]>(6), r.GetInt32(7),
            r.IsDBNull(8) ? null : r.GetString(8)), cancellationToken);
        var late = await ReadAsync(connection, DisciplineSql.LatePublication, [to, RowLimit], r => new LatePublication(r.GetString(0), r.GetString(1),
            r.GetString(2), r.GetFieldValue<DateOnly>(3), r.GetInt32(4), r.GetInt64(5), r.IsDBNull(6) ? null : r.GetFieldValue<DateOnly>(6)), cancellationToken);
        var voided = await ReadAsync(connection, DisciplineSql.Voided, [from, to], r => new VoidedDraw(r.GetString(0), r.GetFieldValue<DateOnly>(1),
            r.IsDBNull(2) ? null : r.GetFieldValue<DateTimeOffset>(2), r.GetString(3), r.GetString(4)), cancellationToken);
        var ceiling = await ReadAsync(connection, DisciplineSql.OverCeiling, [from, to], r => new WorkloadOverCeiling(r.GetString(0),
            r.GetFieldValue<DateOnly>(1), r.GetString(2), r.GetString(3), r.GetInt64(4), r.GetInt32(5)), cancellationToken);
        var grounds = await ReadAsync(connection, DisciplineSql.RecusalsByGround, [from, to], r => new RecusalCount(r.GetString(0), r.GetString(1),
            r.GetInt64(2)), cancellationToken);
        var inspectors = await ReadAsync(connection, DisciplineSql.RecusalsByInspector, [from, to], r => new InspectorRecusals(r.GetString(0),
            r.GetInt64(1), r.GetInt64(2)), cancellationToken);
        var changes = await ReadAsync(connection, ChangeRequestSql.ProposedBetween, [from, to], ChangeRequestStore.Read, cancellationToken);
        return new DisciplineReport(from, to, overdue, late, voided, ceiling, grounds, inspectors, changes);
    }

    private static async Task<List<T>> ReadAsync<T>(NpgsqlConnection connection, string sql, object?[] values, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = StoreCommand.Create(connection, null, sql, values);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
