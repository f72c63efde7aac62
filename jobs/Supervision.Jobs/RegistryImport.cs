using System.Text.Json;
using Supervision.Data.Import;
using Supervision.Storage;
using Supervision.Storage.Audit;
using Supervision.Storage.Registry;

namespace Supervision.Jobs;

/// <summary>
/// Imports the registry of a population (already read and validated by the CSV import, every rejected row reported
/// with file:line:column) into PostgreSQL, and records the import in the audit log in the same transaction: the data
/// fingerprint, each file's read/accepted/rejected counts, and what the upsert changed.
/// </summary>
internal static class RegistryImport
{
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
