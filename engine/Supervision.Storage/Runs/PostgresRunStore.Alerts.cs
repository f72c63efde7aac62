using System.Text.Json;
using NpgsqlTypes;
using Npgsql;
using Supervision.Rules.Alerts;

namespace Supervision.Storage.Runs;

/// <summary>The night's alerts: the previous night's standings by primary key, this night's alerts in one transaction with their audit entry.</summary>
public sealed partial class PostgresRunStore
{
    private const string ReadStandings = """
        SELECT a.uscc, r.as_of, coalesce(a.category, ''), a.safety_score, a.credit_score
        FROM supervision.assessments a
        JOIN supervision.assessment_runs r ON r.run_id = a.run_id
        WHERE a.run_id = $1 AND a.uscc = ANY($2)
        """;

    private const string AlertsAudited = """
        SELECT EXISTS (SELECT 1 FROM supervision.audit_log WHERE kind = 'run' AND subject = $1 AND payload->>'event' = 'alerts')
        """;

    private const string DeleteAlerts = "DELETE FROM supervision.night_alerts WHERE run_id = $1";

    private const string DeleteAlertFailures = "DELETE FROM supervision.night_alert_failures WHERE run_id = $1";

    private const string InsertAlerts = """
        INSERT INTO supervision.night_alerts (run_id, position, as_of, uscc, name, rule_id, kind, level, title, basis, read_values, regime, lead, lead_reference)
        SELECT $1, a.position, a.as_of, a.uscc, a.name, a.rule_id, a.kind, a.level, a.title, a.basis, a.read_values, a.regime, a.lead, a.lead_reference
        FROM unnest($2::integer[], $3::date[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[],
                    $12::text[], $13::boolean[], $14::text[])
             AS a (position, as_of, uscc, name, rule_id, kind, level, title, basis, read_values, regime, lead, lead_reference)
        """;

    private const string InsertAlertFailures = """
        INSERT INTO supervision.night_alert_failures (run_id, uscc, message)
        SELECT $1, f.uscc, f.message FROM unnest($2::text[], $3::text[]) AS f (uscc, message)
        """;

    public async Task<IReadOnlyDictionary<string, PreviousStanding>> ReadStandingsAsync(
        string runId, IReadOnlyCollection<string> usccs, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        ArgumentNullException.ThrowIfNull(usccs);
        var standings = new Dictionary<string, PreviousStanding>(usccs.Count, StringComparer.Ordinal);
        if (usccs.Count == 0)
        {
            return standings;
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, ReadStandings, runId, usccs.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            standings[reader.GetString(0)] = new PreviousStanding(
                reader.GetFieldValue<DateOnly>(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetDouble(3),
                reader.IsDBNull(4) ? null : reader.GetDouble(4));
        }

        return standings;
    }

    public async Task SaveAlertsAsync(string runId, NightAlerts alerts, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        ArgumentNullException.ThrowIfNull(alerts);
        var ordered = AlertOrder.Ordered(alerts.Alerts).ToList();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await StoreCommand.ExecuteAsync(connection, transaction, DeleteAlerts, cancellationToken, runId);
        await StoreCommand.ExecuteAsync(connection, transaction, DeleteAlertFailures, cancellationToken, runId);
        if (ordered.Count > 0)
        {
            await StoreCommand.ExecuteAsync(connection, transaction, InsertAlerts, cancellationToken,
                runId,
                Enumerable.Range(0, ordered.Count).ToArray(),
                ordered.Select(a => a.AsOf).ToArray(),
                ordered.Select(a => a.Uscc).ToArray(),
                ordered.Select(a => a.Name).ToArray(),
                ordered.Select(a => a.RuleId).ToArray(),
                ordered.Select(a => a.Kind).ToArray(),
                ordered.Select(a => a.Level).ToArray(),
                ordered.Select(a => a.Title).ToArray(),
                ordered.Select(a => a.Basis).ToArray(),
                ordered.Select(a => a.Values).ToArray(),
                ordered.Select(a => a.Regime).ToArray(),
                ordered.Select(a => a.Lead).ToArray(),
                new NpgsqlParameter { Value = ordered.Select(a => a.Lead ? a.LeadReference : null).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        }

        if (alerts.Failures.Count > 0)
        {
            await StoreCommand.ExecuteAsync(connection, transaction, InsertAlertFailures, cancellationToken,
                runId, alerts.Failures.Select(f => f.Uscc).ToArray(), alerts.Failures.Select(f => f.Message).ToArray());
        }

        // The leads change who may be drawn tonight: each is in the audit log with the alert that made it. A run's alerts
        // are a function of the run, so a draws step delivered again writes the same rows and is not audited twice.
        bool audited;
        await using (var check = StoreCommand.Create(connection, transaction, AlertsAudited, runId))
        {
            audited = (bool)(await check.ExecuteScalarAsync(cancellationToken))!;
        }

        if (!audited)
        {
            await AuditAlertsAsync(transaction, runId, ordered, alerts.Failures.Count, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private async Task AuditAlertsAsync(NpgsqlTransaction transaction, string runId, List<Alert> ordered, int failures, CancellationToken cancellationToken)
    {
        await audit.AppendAsync(transaction, "run", runId, JsonSerializer.SerializeToElement(new
        {
            @event = "alerts",
            alerts = ordered.Count,
            red = ordered.Count(a => a.Level == "red"),
            orange = ordered.Count(a => a.Level == "orange"),
            yellow = ordered.Count(a => a.Level == "yellow"),
            failures,
            leads = ordered.Where(a => a.Lead).Select(a => new { uscc = a.Uscc, reference = a.LeadReference, rule = a.RuleId, level = a.Level }).ToArray(),
        }), Worker, cancellationToken);
    }
}
