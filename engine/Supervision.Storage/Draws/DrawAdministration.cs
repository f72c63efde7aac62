using Supervision.Storage.Runs;

namespace Supervision.Storage.Draws;

/// <summary>
/// What the regulators' draw pages read: the draws with their counts, and a draw's unassigned tasks with their reasons.
/// Voiding goes through <see cref="DrawVoids"/> (audited, claims released).
/// </summary>
public sealed class DrawAdministration(Database database)
{
    /// <summary>Draws listed at most, newest first.</summary>
    public const int ListLimit = 100;

    private const string Columns = """
        d.draw_id, d.draw_date, d.plan_ids, d.status,
               (SELECT count(*) FROM supervision.draw_tasks t WHERE t.draw_id = d.draw_id),
               (SELECT count(*) FROM supervision.draw_tasks t WHERE t.draw_id = d.draw_id AND cardinality(t.team) = 0),
               (SELECT count(*) FROM supervision.task_recusals r WHERE r.draw_id = d.draw_id AND r.status = 'pending'),
               (SELECT count(*) FROM supervision.inspection_results r WHERE r.draw_id = d.draw_id AND r.state = 'confirmed')
        """;

    private const string List = $"SELECT {Columns} FROM supervision.draws AS d ORDER BY d.draw_date DESC, d.created_at DESC LIMIT $1";

    private const string One = $"SELECT {Columns} FROM supervision.draws AS d WHERE d.draw_id = $1";

    private const string Unassigned = """
        SELECT task_id, uscc, department, window_from, window_to, unassigned_reason
        FROM supervision.draw_tasks WHERE draw_id = $1 AND cardinality(team) = 0
        ORDER BY task_id
        """;

    public async Task<IReadOnlyList<DrawSummary>> DrawsAsync(CancellationToken cancellationToken = default)
        => await SummariesAsync(List, ListLimit, cancellationToken);

    /// <summary>One draw, or null when the database holds none of that id.</summary>
    public async Task<DrawSummary?> DrawAsync(string drawId, CancellationToken cancellationToken = default)
        => (await SummariesAsync(One, drawId, cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<UnassignedTask>> UnassignedAsync(string drawId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, Unassigned, drawId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tasks = new List<UnassignedTask>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tasks.Add(new UnassignedTask(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateOnly>(3),
                reader.GetFieldValue<DateOnly>(4), reader.GetString(5)));
        }

        return tasks;
    }

    private async Task<List<DrawSummary>> SummariesAsync(string sql, object parameter, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, sql, parameter);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var draws = new List<DrawSummary>();
        while (await reader.ReadAsync(cancellationToken))
        {
            draws.Add(new DrawSummary(reader.GetString(0), reader.GetFieldValue<DateOnly>(1), reader.GetFieldValue<string[]>(2), reader.GetString(3),
                reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7)));
        }

        return draws;
    }
}
