using Hangfire;
using Microsoft.AspNetCore.Http;
using Npgsql;
using Supervision.Storage;

namespace Supervision.Service;

/// <summary>
/// <c>GET /health</c>, anonymous, for the office's monitoring: 200 when the database answers, 503 otherwise, with the
/// Hangfire servers alive and the last nightly run's status. It names the database as host:port/database, never the
/// connection string.
/// </summary>
public static class HealthEndpoint
{
    public const string Path = "/health";

    public static async Task<IResult> HandleAsync(Database database, JobStorage storage, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken);
            await using var command = new NpgsqlCommand(
                "SELECT run_id, status, updated_at FROM supervision.assessment_runs ORDER BY updated_at DESC LIMIT 1", connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            object? lastRun = await reader.ReadAsync(cancellationToken)
                ? new { run_id = reader.GetString(0), status = reader.GetString(1), updated_at = reader.GetFieldValue<DateTimeOffset>(2) }
                : null;
            var servers = storage.GetMonitoringApi().Servers().Count;
            return Results.Json(new { status = "healthy", database = database.Target, hangfire_servers = servers, last_run = lastRun });
        }
        catch (Exception e) when (e is DatabaseUnavailableException or NpgsqlException)
        {
            return Results.Json(new { status = "unhealthy", database = database.Target, reason = Reason(e) }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static string Reason(Exception e) => e is DatabaseUnavailableException unavailable ? unavailable.Reason : e.Message;
}
