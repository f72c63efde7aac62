using System.Security.Cryptography;
using System.Text.Json;
using Npgsql;
using Supervision.Storage.Audit;

namespace Supervision.Storage.Draws;

/// <summary>
/// The audit files of a draw as the database keeps them — the full record (with the seed, the pools and the inspectors'
/// conflicts) and the population snapshot (with each enterprise's pool, which reveals its category) — for regulators
/// and auditors. Each disclosure is an audit entry (kind <see cref="DisclosureKind"/>): who took which file, with its
/// SHA-256, so that handing out what the public may not see is never quiet.
/// </summary>
/// <remarks>Thread-safe; each call uses its own connection.</remarks>
public sealed class DrawAuditFiles
{
    public const string RecordFile = "draw-record.json";

    public const string PopulationFile = "population.csv";

    /// <summary>Audit kind of a disclosure of an audit file.</summary>
    public const string DisclosureKind = "audit-file";

    /// <summary>The files there are.</summary>
    public static IReadOnlyList<string> Files { get; } = [RecordFile, PopulationFile];

    private readonly Database database;
    private readonly AuditLog audit;

    public DrawAuditFiles(Database database, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(database);
        this.database = database;
        audit = new AuditLog(database, clock);
    }

    /// <summary>
    /// File <paramref name="file"/> of draw <paramref name="drawId"/> for <paramref name="userName"/>, with its disclosure
    /// appended to the audit log in the same transaction; null when the draw, the file name or the stored snapshot is unknown.
    /// </summary>
    public async Task<byte[]?> DiscloseAsync(string drawId, string file, string userName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        var sql = file switch
        {
            RecordFile => "SELECT convert_to(record::text, 'UTF8') FROM supervision.draws WHERE draw_id = $1",
            PopulationFile => "SELECT population FROM supervision.draws WHERE draw_id = $1",
            _ => null,
        };
        if (sql is null || string.IsNullOrEmpty(drawId))
        {
            return null;
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        byte[]? content;
        await using (var command = new NpgsqlCommand(sql, connection, transaction))
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = drawId });
            content = await command.ExecuteScalarAsync(cancellationToken) as byte[];
        }

        if (content is null)
        {
            return null;
        }

        await audit.AppendAsync(transaction, DisclosureKind, drawId, JsonSerializer.SerializeToElement(new
        {
            file,
            sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            bytes = content.Length,
        }), userName, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return content;
    }
}
