using Npgsql;
using NpgsqlTypes;
using Supervision.Model.Registry;

namespace Supervision.Storage.Registry;

/// <summary>
/// Writes the enterprise registry to <c>supervision.enterprises</c>: binary COPY into a temporary staging table, then
/// one <c>INSERT … ON CONFLICT (uscc) DO UPDATE</c>, in one transaction, so an import is all or nothing and running it
/// twice changes nothing the second time. The first load into an empty table copies straight into it (about three times
/// as fast: there is nothing to merge with).
/// </summary>
/// <remarks>
/// Takes rows that the CSV import has already validated (<c>Supervision.Data.Import</c>): a duplicate USCC here is a
/// caller's bug and throws. Thread-safe; each call uses its own connection. Imports are serialised by a SHARE ROW
/// EXCLUSIVE lock on the table (readers are not blocked), which keeps the emptiness check true until commit and
/// spares concurrent upserts of overlapping rows from deadlocking.
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
    public async Task<UpsertCounts> UpsertAsync(IReadOnlyList<Enterprise> enterprises, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(enterprises);
        RefuseDuplicates(enterprises);

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        bool empty;
        await using (var lockTable = new NpgsqlCommand(EnterpriseSql.LockAndCheckEmpty, connection, transaction))
        {
            empty = (bool)(await lockTable.ExecuteScalarAsync(cancellationToken))!;
        }

        if (empty)
        {
            await CopyAsync(connection, EnterpriseSql.CopyIntoTable, enterprises, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new UpsertCounts(enterprises.Count, enterprises.Count, 0, 0);
        }

        await using (var create = new NpgsqlCommand(EnterpriseSql.CreateStaging, connection, transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await CopyAsync(connection, EnterpriseSql.CopyIntoStaging, enterprises, cancellationToken);

        int inserted, updated;
        await using (var upsert = new NpgsqlCommand(EnterpriseSql.Upsert, connection, transaction))
        await using (var reader = await upsert.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            (inserted, updated) = ((int)reader.GetInt64(0), (int)reader.GetInt64(1));
        }

        await transaction.CommitAsync(cancellationToken);
        return new UpsertCounts(enterprises.Count, inserted, updated, enterprises.Count - inserted - updated);
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
