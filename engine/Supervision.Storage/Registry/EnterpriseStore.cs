using Npgsql;
using NpgsqlTypes;
using Supervision.Model.Registry;

namespace Supervision.Storage.Registry;

/// <summary>
/// Writes the enterprise registry to <c>supervision.enterprises</c> in one transaction, so an import is all or nothing
/// and running it twice changes nothing the second time: the stored rows are read (binary COPY out), new rows are
/// copied straight into the table (binary COPY), changed rows through a temporary staging table and one UPDATE, and
/// unchanged rows are not written at all (updated_at means "last changed").
/// </summary>
/// <remarks>
/// Takes rows that the CSV import has already validated (<c>Supervision.Data.Import</c>): a duplicate USCC here is a
/// caller's bug and throws. Thread-safe; each call uses its own connection. Imports are serialised by a SHARE ROW
/// EXCLUSIVE lock on the table (readers are not blocked), which keeps the comparison with the stored rows true until
/// commit and spares concurrent upserts of overlapping rows from deadlocking.
/// </remarks>
public sealed class EnterpriseStore
{
    private readonly Database database;

    public EnterpriseStore(Database database)
    {
        ArgumentNullException.ThrowIfNull(database);
        this.database = database;
    }

    /// <summary>Inserts new enterprises and updates changed ones.</summary>
    /// <exception cref="ArgumentException">Two rows have the same USCC.</exception>
    public Task<UpsertCounts> UpsertAsync(IReadOnlyList<Enterprise> enterprises, CancellationToken cancellationToken = default)
        => UpsertAsync(enterprises, null, cancellationToken);

    /// <summary>Inserts new enterprises and updates changed ones; <paramref name="beforeCommit"/> runs inside the same transaction (to record the import in the audit log, say).</summary>
    /// <exception cref="ArgumentException">Two rows have the same USCC.</exception>
    public async Task<UpsertCounts> UpsertAsync(
        IReadOnlyList<Enterprise> enterprises, Func<NpgsqlTransaction, UpsertCounts, Task>? beforeCommit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(enterprises);
        RefuseDuplicates(enterprises);

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockTable = new NpgsqlCommand(EnterpriseSql.Lock, connection, transaction))
        {
            await lockTable.ExecuteNonQueryAsync(cancellationToken);
        }

        // Under the lock the table cannot change, so sorting rows into new, changed and unchanged here is exact: new
        // rows are copied straight into the table (no merge), changed ones go through staging, unchanged ones nowhere.
        var stored = await ReadAllAsync(connection, cancellationToken);
        var added = new List<Enterprise>();
        var changed = new List<Enterprise>();
        foreach (var enterprise in enterprises)
        {
            if (!stored.TryGetValue(enterprise.Uscc, out var before))
            {
                added.Add(enterprise);
            }
            else if (before != enterprise)
            {
                changed.Add(enterprise);
            }
        }

        if (added.Count > 0)
        {
            // In key order the primary key's B-tree grows at its right edge instead of splitting pages all over: a
            // million new rows cost the server about a third less (the first night's registry is all new rows).
            added.Sort(static (a, b) => string.CompareOrdinal(a.Uscc, b.Uscc));
            await CopyAsync(connection, EnterpriseSql.CopyIntoTable, added, cancellationToken);
        }

        if (changed.Count > 0)
        {
            await using (var create = new NpgsqlCommand(EnterpriseSql.CreateStaging, connection, transaction))
            {
                await create.ExecuteNonQueryAsync(cancellationToken);
            }

            await CopyAsync(connection, EnterpriseSql.CopyIntoStaging, changed, cancellationToken);
            await using var update = new NpgsqlCommand(EnterpriseSql.Update, connection, transaction);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        var counts = new UpsertCounts(enterprises.Count, added.Count, changed.Count, enterprises.Count - added.Count - changed.Count);
        if (beforeCommit is not null)
        {
            await beforeCommit(transaction, counts);
        }

        await transaction.CommitAsync(cancellationToken);
        return counts;
    }

    private static async Task<Dictionary<string, Enterprise>> ReadAllAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<string, Enterprise>(StringComparer.Ordinal);
        await using var reader = await connection.BeginBinaryExportAsync(EnterpriseSql.CopyOut, cancellationToken);
        while (await reader.StartRowAsync(cancellationToken) != -1)
        {
            var enterprise = new Enterprise(
                await reader.ReadAsync<string>(NpgsqlDbType.Text, cancellationToken),
                await reader.ReadAsync<string>(NpgsqlDbType.Text, cancellationToken),
                await reader.ReadAsync<string>(NpgsqlDbType.Text, cancellationToken),
                await reader.ReadAsync<string>(NpgsqlDbType.Text, cancellationToken),
                await reader.ReadAsync<string>(NpgsqlDbType.Text, cancellationToken),
                await reader.ReadAsync<string>(NpgsqlDbType.Text, cancellationToken),
                await reader.ReadAsync<DateOnly>(NpgsqlDbType.Date, cancellationToken),
                ParseStatus(await reader.ReadAsync<string>(NpgsqlDbType.Text, cancellationToken)),
                await reader.ReadAsync<bool>(NpgsqlDbType.Boolean, cancellationToken));
            stored.Add(enterprise.Uscc, enterprise);
        }

        return stored;
    }

    private static async Task CopyAsync(
        NpgsqlConnection connection, string copy, IReadOnlyList<Enterprise> enterprises, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var e in enterprises)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(e.Uscc, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(e.Name, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(e.IndustryCode, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(e.Region, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(e.District, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(e.Grid, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(e.RegistrationDate, NpgsqlDbType.Date, cancellationToken);
            await writer.WriteAsync(StatusText(e.Status), NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(e.NewBusinessForm, NpgsqlDbType.Boolean, cancellationToken);
        }

        // Disposing without Complete would roll the COPY back.
        await writer.CompleteAsync(cancellationToken);
    }

    /// <summary>The value of the status column (the CHECK in 0001_initial.sql lists them).</summary>
    internal static string StatusText(OperatingStatus status) => status switch
    {
        OperatingStatus.Operating => "operating",
        OperatingStatus.Dormant => "dormant",
        OperatingStatus.Revoked => "revoked",
        OperatingStatus.Deregistered => "deregistered",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown operating status."),
    };

    private static OperatingStatus ParseStatus(string text) => text switch
    {
        "operating" => OperatingStatus.Operating,
        "dormant" => OperatingStatus.Dormant,
        "revoked" => OperatingStatus.Revoked,
        "deregistered" => OperatingStatus.Deregistered,
        _ => throw new InvalidDataException($"unknown status '{text}' in supervision.enterprises"),
    };

    private static void RefuseDuplicates(IReadOnlyList<Enterprise> enterprises)
    {
        var seen = new HashSet<string>(enterprises.Count, StringComparer.Ordinal);
        for (var i = 0; i < enterprises.Count; i++)
        {
            if (!seen.Add(enterprises[i].Uscc))
            {
                throw new ArgumentException(
                    $"USCC {enterprises[i].Uscc} occurs twice (row {i}); the import must reject duplicates first.", nameof(enterprises));
            }
        }
    }
}
