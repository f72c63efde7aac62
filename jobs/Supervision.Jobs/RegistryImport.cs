using System.Text.Json;
using Supervision.Data.Import;
using Supervision.Draws.Runs;
using Supervision.Storage;
using Supervision.Storage.Audit;
using Supervision.Storage.Registry;

namespace Supervision.Jobs;

/// <summary>
/// Imports the registry of a run's data directory (read and validated by the CSV import, every rejected row reported
/// with file:line:column) into PostgreSQL, and records the import in the audit log in the same transaction: the run's
/// data fingerprint, the registry's read/accepted/rejected counts, and what the upsert changed. The other files are
/// imported by the chunk jobs; their counts are in the run record once the chunks are scored.
/// </summary>
internal static class RegistryImport
{
    public static async Task<UpsertCounts> ImportAsync(
        Database database, TimeProvider clock, string actor, string dataDirectory, RunRecord run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var registry = EnterpriseImporter.Import(Path.Combine(dataDirectory, PopulationLoader.EnterprisesFile));
        var audit = new AuditLog(database, clock);
        var report = registry.Report;
        return await new EnterpriseStore(database).UpsertAsync(registry.Rows, (transaction, counts) => audit.AppendAsync(transaction, "import", run.RunId,
            JsonSerializer.SerializeToElement(new
            {
                data = run.DataHash,
                run = run.RunId,
                files = new[] { new { file = Path.GetFileName(report.File), encoding = report.Encoding, read = report.Read, accepted = report.Accepted, rejected = report.Rejected } },
                enterprises = new { inserted = counts.Inserted, updated = counts.Updated, unchanged = counts.Unchanged },
            }), actor, cancellationToken), cancellationToken);
    }

    /// <summary>Imports an already imported population's registry (<c>supervision db import</c>); the audit entry lists every file.</summary>
    public static Task<UpsertCounts> ImportAsync(
        Database database, TimeProvider clock, string actor, Population population, string dataHash, string? runId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(population);
        var audit = new AuditLog(database, clock);
        return new EnterpriseStore(database).UpsertAsync(population.Enterprises, (transaction, counts) => audit.AppendAsync(transaction, "import", runId ?? dataHash,
            JsonSerializer.SerializeToElement(new
            {
                data = dataHash,
                run = runId,
                files = population.Reports.Select(r => new { file = Path.GetFileName(r.File), encoding = r.Encoding, read = r.Read, accepted = r.Accepted, rejected = r.Rejected }).ToArray(),
                enterprises = new { inserted = counts.Inserted, updated = counts.Updated, unchanged = counts.Unchanged },
            }), actor, cancellationToken), cancellationToken);
    }
}
