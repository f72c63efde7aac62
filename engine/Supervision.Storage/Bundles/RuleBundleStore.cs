using System.Text.Json;
using Npgsql;
using Supervision.Storage.Audit;

namespace Supervision.Storage.Bundles;

/// <summary>
/// Records a rule publication in PostgreSQL: the bundle's archive in <c>supervision.rule_bundles</c> (whose CHECK ties
/// the content hash to the archive) and the audit entry <c>rule-publication</c>, in one transaction.
/// </summary>
public sealed class RuleBundleStore
{
    private const string Insert = """
        INSERT INTO supervision.rule_bundles (content_hash, id, version, author, approver, published_at, replaces, tests, archive)
        VALUES ($1, $2, $3, $4, $5, $6, (SELECT content_hash FROM supervision.rule_bundles WHERE content_hash = $7), $8, $9)
        ON CONFLICT (content_hash) DO NOTHING
        """;

    private readonly Database database;
    private readonly AuditLog audit;

    public RuleBundleStore(Database database, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(database);
        this.database = database;
        audit = new AuditLog(database, clock);
    }

    /// <summary>Stores the archive (once per content hash) and appends the publication to the audit log.</summary>
    /// <param name="publication">The publication.</param>
    /// <param name="archive">The bundle's archive (<c>BundleHasher.Archive</c>).</param>
    /// <param name="actor">Who published.</param>
    /// <param name="onlyIfNew">Append nothing when the archive is stored already (recording a publication made earlier while the database was away).</param>
    /// <param name="cancellationToken">Cancels before the commit.</param>
    /// <returns>True when the archive was new to the database.</returns>
    public async Task<bool> RecordAsync(RulePublication publication, byte[] archive, string actor, bool onlyIfNew, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(publication);
        ArgumentNullException.ThrowIfNull(archive);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        int inserted;
        await using (var command = new NpgsqlCommand(Insert, connection, transaction))
        {
            foreach (var value in new object?[]
            {
                publication.ContentHash, publication.Id, publication.Version, publication.Author, publication.Approver, publication.PublishedAt,
                publication.Replaces, publication.Tests, archive,
            })
            {
                command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
            }

            inserted = await command.ExecuteNonQueryAsync(cancellationToken);
        }

        if (inserted == 0 && onlyIfNew)
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        await audit.AppendAsync(transaction, "rule-publication", publication.ContentHash, JsonSerializer.SerializeToElement(new
        {
            id = publication.Id,
            version = publication.Version,
            bundle = publication.ContentHash,
            tolerance_list = publication.ToleranceHash,
            author = publication.Author,
            approver = publication.Approver,
            tests = publication.Tests,
            replaces = publication.Replaces,
        }), actor, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return inserted == 1;
    }
}
