using System.Text.Json;
using Npgsql;
using Supervision.Storage.Audit;

namespace Supervision.Storage.Runs;

/// <summary>
/// Voiding a draw kept in PostgreSQL (作废): in one transaction the draw is marked cancelled, its run's claims of plans
/// and periods are released (so that a later night may draw them again) and the void, with its reason and the plans
/// released, is appended to the audit log. Never a silent re-draw: without this act a plan and period stay claimed.
/// </summary>
public sealed class DrawVoids(Database database, TimeProvider clock)
{
    private const string Cancel = """
        UPDATE supervision.draws SET status = 'cancelled' WHERE draw_id = $1 AND status <> 'cancelled' RETURNING run_id
        """;

    private const string Release = """
        DELETE FROM supervision.plan_period_claims WHERE run_id = $1
        RETURNING plan_id, period_from, period_to
        """;

    /// <summary>Voids <paramref name="drawId"/>; returns the plans and periods released, or null when no uncancelled draw has that id.</summary>
    public async Task<IReadOnlyList<string>?> VoidAsync(string drawId, string reason, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(drawId);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        string? runId;
        await using (var cancel = new NpgsqlCommand(Cancel, connection, transaction))
        {
            cancel.Parameters.Add(new NpgsqlParameter<string> { TypedValue = drawId });
            var result = await cancel.ExecuteScalarAsync(cancellationToken);
            if (result is null)
            {
                return null;
            }

            runId = result as string;
        }

        var released = new List<string>();
        if (runId is not null)
        {
            await using var release = new NpgsqlCommand(Release, connection, transaction);
            release.Parameters.Add(new NpgsqlParameter<string> { TypedValue = runId });
            await using var reader = await release.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                released.Add($"{reader.GetString(0)} {reader.GetFieldValue<DateOnly>(1):yyyy-MM-dd}–{reader.GetFieldValue<DateOnly>(2):yyyy-MM-dd}");
            }
        }

        released.Sort(StringComparer.Ordinal);
        var payload = JsonSerializer.SerializeToElement(new { reason, run = runId, released });
        await new AuditLog(database, clock).AppendAsync(transaction, "void", drawId, payload, actor, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return released;
    }
}
