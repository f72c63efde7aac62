using System.Text.Json;
using Npgsql;
using Supervision.Data.Import;
using Supervision.Model.Import;
using Supervision.Model.Registry;
using Supervision.Runs;
using Supervision.Storage;
using Supervision.Storage.Audit;
using Supervision.Storage.Registry;

namespace Supervision.Application.Nightly;

/// <summary>
/// Imports the registry of a run's data directory (read and validated by the CSV import, every rejected row reported
/// with file:line:column) into PostgreSQL, and records the import in the audit log in the same transaction: the run's
/// data fingerprint, the registry's read/accepted/rejected counts, and what the upsert changed. The other files are
/// imported by the chunk jobs; their counts are in the run record once the chunks are scored.
/// </summary>
public static class RegistryImport
{
    /// <summary>
    /// Imports the registry of a run that is being planned (the nightly run), beside the cutting of its inputs: the rows
    /// are read, checked and written at once, and the transaction commits, with the audit entry listing the registry,
    /// once <paramref name="run"/> is recorded; if planning fails, nothing is committed.
    /// </summary>
    public static async Task<UpsertCounts> ImportAsync(
        Database database, TimeProvider clock, string actor, string dataDirectory, Task<RunRecord> run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var registry = EnterpriseImporter.Import(Path.Combine(dataDirectory, PopulationLoader.EnterprisesFile));
        var audit = new AuditLog(database, clock);
        return await new EnterpriseStore(database).UpsertAsync(registry.Rows, async (transaction, counts) =>
        {
            var planned = await run.WaitAsync(cancellationToken);
            await AppendAsync(audit, transaction, counts, actor, [registry.Report], planned.DataHash, planned.RunId, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>Imports an already imported population's registry (<c>supervision db import</c>); the audit entry lists every file.</summary>
    public static Task<UpsertCounts> ImportAsync(
        Database database, TimeProvider clock, string actor, Population population, string dataHash, string? runId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(population);
        return UpsertAsync(database, clock, actor, population.Enterprises, population.Reports, dataHash, runId, cancellationToken);
    }

    private static Task<UpsertCounts> UpsertAsync(
        Database database, TimeProvider clock, string actor, IReadOnlyList<Enterprise> enterprises, IReadOnlyList<ImportReport> reports,
        string dataHash, string? runId, CancellationToken cancellationToken)
    {
        var audit = new AuditLog(database, clock);
        return new EnterpriseStore(database).UpsertAsync(enterprises,
            (transaction, counts) => AppendAsync(audit, transaction, counts, actor, reports, dataHash, runId, cancellationToken), cancellationToken);
    }

    private static Task AppendAsync(
        AuditLog audit, NpgsqlTransaction transaction, UpsertCounts counts, string actor, IReadOnlyList<ImportReport> reports, string dataHash,
        string? runId, CancellationToken cancellationToken)
        => audit.AppendAsync(transaction, "import", runId ?? dataHash,
            JsonSerializer.SerializeToElement(new
            {
                data = dataHash,
                run = runId,
                files = reports.Select(r => new { file = Path.GetFileName(r.File), encoding = r.Encoding, read = r.Read, accepted = r.Accepted, rejected = r.Rejected }).ToArray(),
                enterprises = new { inserted = counts.Inserted, updated = counts.Updated, unchanged = counts.Unchanged },
            }), actor, cancellationToken);
}
