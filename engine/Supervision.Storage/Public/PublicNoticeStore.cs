using System.Text.Json;
using Npgsql;
using Supervision.Storage.Runs;

namespace Supervision.Storage.Public;

/// <summary>
/// What the public pages (三公开) read: draws, their tasks without pools, the items of each plan, confirmed results, the
/// tasks whose result is missing, and search by enterprise name or USCC prefix. Every query is bounded and index-backed;
/// a draw's record is opened only by <see cref="EnsureHeadersAsync"/>, once per draw, in the server.
/// </summary>
/// <remarks>Thread-safe; each call uses its own connection.</remarks>
public sealed class PublicNoticeStore(Database database, TimeProvider clock)
{
    /// <summary>Rows per page of every list.</summary>
    public const int PageSize = 50;

    /// <summary>The last page any list goes to: paging deeper would make the database skip ever more rows.</summary>
    public const int MaxPage = 200;

    /// <summary>The most tasks a search answers with.</summary>
    public const int SearchLimit = 100;

    private static int Offset(int page) => (Math.Clamp(page, 1, MaxPage) - 1) * PageSize;

    public async Task<IReadOnlyList<PublicDraw>> ListDrawsAsync(int page, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, PublicSql.ListDraws, PageSize + 1, Offset(page));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var draws = new List<PublicDraw>();
        while (await reader.ReadAsync(cancellationToken))
        {
            draws.Add(ReadDraw(reader));
        }

        return draws;
    }

    public async Task<PublicDrawDetail?> FindDrawAsync(string drawId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(drawId);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        PublicDraw draw;
        DateOnly asOf;
        string commitment, population;
        bool hasPopulation;
        await using (var command = StoreCommand.Create(connection, null, PublicSql.FindDraw, drawId))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            draw = ReadDraw(reader);
            (asOf, commitment, population, hasPopulation) = (reader.GetFieldValue<DateOnly>(8), reader.GetString(9), reader.GetString(10), reader.GetBoolean(11));
        }

        var publications = new List<PublicationEntry>();
        await using (var command = StoreCommand.Create(connection, null, PublicSql.Publications, (object)new[] { drawId, "preparation:" + drawId }))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var files = reader.IsDBNull(2) ? [] : JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(2)) ?? [];
                publications.Add(new PublicationEntry(reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1), files,
                    reader.IsDBNull(3) ? null : long.Parse(reader.GetString(3), System.Globalization.CultureInfo.InvariantCulture),
                    reader.IsDBNull(4) ? null : reader.GetString(4)));
            }
        }

        return new PublicDrawDetail(draw, asOf, commitment, population, hasPopulation, publications);
    }

    /// <summary>Page <paramref name="page"/> of a draw's tasks in task order (one more than a page: whether another follows).</summary>
    public async Task<IReadOnlyList<PublicTask>> ListDrawTasksAsync(string drawId, int page, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, PublicSql.DrawTasks, drawId, PageSize + 1, Offset(page));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tasks = new List<PublicTask>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tasks.Add(new PublicTask(reader.GetInt64(0), reader.GetString(1), "", reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), reader.GetFieldValue<DateOnly>(6), reader.GetFieldValue<DateOnly>(7), reader.GetFieldValue<string[]>(8),
                reader.GetString(9), null));
        }

        return tasks;
    }

    /// <summary>Each plan's items from its latest draw not voided, by plan then item order.</summary>
    public async Task<IReadOnlyList<PublicItem>> ListItemsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, PublicSql.Items);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<PublicItem>();
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new PublicItem(reader.GetString(0), reader.GetFieldValue<DateOnly>(1), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), reader.GetString(5), reader.GetBoolean(6), reader.IsDBNull(7) ? null : reader.GetString(7)));
        }

        return items;
    }

    /// <summary>Tasks of enterprises whose USCC starts with <paramref name="prefix"/>, at most <see cref="SearchLimit"/>.</summary>
    public Task<IReadOnlyList<PublicTask>> SearchUsccAsync(string prefix, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        return ReadTasksAsync(PublicSql.SearchUscc, cancellationToken, EscapeLike(prefix) + "%", SearchLimit);
    }

    /// <summary>Tasks of enterprises whose name holds <paramref name="text"/> (at least two characters), at most <see cref="SearchLimit"/>.</summary>
    public Task<IReadOnlyList<PublicTask>> SearchNameAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        if (text.Length < 2)
        {
            throw new ArgumentException("A name search needs at least two characters.", nameof(text));
        }

        var lower = text.ToLowerInvariant();
        var bigrams = Enumerable.Range(0, lower.Length - 1).Select(i => lower.Substring(i, 2)).Distinct(StringComparer.Ordinal).ToArray();
        return ReadTasksAsync(PublicSql.SearchName, cancellationToken, bigrams, "%" + EscapeLike(lower) + "%", SearchLimit);
    }

    /// <summary>Page <paramref name="page"/> of the confirmed results, newest publication first, of one draw or all.</summary>
    public Task<IReadOnlyList<PublicTask>> ListResultsAsync(string? drawId, int page, CancellationToken cancellationToken = default)
        => drawId is null
            ? ReadTasksAsync(PublicSql.Results, cancellationToken, PageSize + 1, Offset(page))
            : ReadTasksAsync(PublicSql.DrawResults, cancellationToken, PageSize + 1, Offset(page), drawId);

    /// <summary>Tasks of standing draws without a public result whose window ended before <paramref name="before"/>, oldest first.</summary>
    public Task<IReadOnlyList<PublicTask>> ListUnpublishedAsync(DateOnly before, int limit, CancellationToken cancellationToken = default)
        => ReadTasksAsync(PublicSql.Unpublished, cancellationToken, before, Math.Clamp(limit, 1, SearchLimit * 5));

    /// <summary>
    /// The public header of each of <paramref name="drawIds"/> (the record's top-level fields but the outcome and the
    /// inspectors, as JSON), copying it out of the record first for a draw seen for the first time.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> EnsureHeadersAsync(IReadOnlyCollection<string> drawIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(drawIds);
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        if (drawIds.Count == 0)
        {
            return headers;
        }

        var ids = drawIds.Distinct(StringComparer.Ordinal).ToArray();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await ReadHeadersAsync(connection, ids, headers, cancellationToken);
        var missing = ids.Where(id => !headers.ContainsKey(id)).ToArray();
        if (missing.Length > 0)
        {
            await using (var fill = StoreCommand.Create(connection, null, PublicSql.FillHeaders, (object)missing))
            {
                await fill.ExecuteNonQueryAsync(cancellationToken);
            }

            await ReadHeadersAsync(connection, missing, headers, cancellationToken);
        }

        return headers;
    }

    /// <summary>The visits of a draw's outcome (JSON array), from its header; null for an unknown draw.</summary>
    public async Task<string?> ReadVisitsAsync(string drawId, CancellationToken cancellationToken = default)
    {
        await EnsureHeadersAsync([drawId], cancellationToken);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, PublicSql.ReadVisits, drawId);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>Every task of a draw, without its pool, in task order.</summary>
    public async Task<IReadOnlyList<PublicDrawTask>> ReadAllTasksAsync(string drawId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, PublicSql.AllTasks, drawId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tasks = new List<PublicDrawTask>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tasks.Add(new PublicDrawTask(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), reader.GetFieldValue<DateOnly>(6), reader.GetFieldValue<DateOnly>(7), reader.GetFieldValue<string[]>(8),
                reader.GetFieldValue<string[]>(9), reader.IsDBNull(10) ? null : reader.GetString(10)));
        }

        return tasks;
    }

    /// <summary>A generated download of a draw, or null when it was not generated yet.</summary>
    public async Task<PublicFile?> ReadFileAsync(string drawId, string fileName, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, PublicSql.ReadFile, drawId, fileName);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new PublicFile(reader.GetFieldValue<byte[]>(0), reader.GetString(1)) : null;
    }

    /// <summary>The SHA-256 of each download of the draw generated so far.</summary>
    public async Task<IReadOnlyDictionary<string, string>> FileHashesAsync(string drawId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, PublicSql.FileHashes, drawId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            hashes[reader.GetString(0)] = reader.GetString(1);
        }

        return hashes;
    }

    /// <summary>
    /// Keeps a generated download. The first one stored stays: generation is deterministic, so a second, concurrent one
    /// has the same bytes.
    /// </summary>
    public async Task SaveFileAsync(string drawId, string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, PublicSql.SaveFile, drawId, fileName, content, clock.GetUtcNow());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The draw's population snapshot as stored (null when the draw has none or is unknown).</summary>
    public async Task<byte[]?> ReadPopulationAsync(string drawId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, PublicSql.Population, drawId);
        return await command.ExecuteScalarAsync(cancellationToken) as byte[];
    }

    private async Task<IReadOnlyList<PublicTask>> ReadTasksAsync(string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tasks = new List<PublicTask>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var result = reader.IsDBNull(11)
                ? null
                : new PublicResult(reader.GetFieldValue<DateOnly>(11), reader.GetString(12), reader.GetString(13), reader.IsDBNull(14) ? null : reader.GetString(14),
                    reader.GetFieldValue<DateTimeOffset>(15));
            tasks.Add(new PublicTask(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), reader.GetString(6), reader.GetFieldValue<DateOnly>(7), reader.GetFieldValue<DateOnly>(8),
                reader.GetFieldValue<string[]>(9), reader.GetString(10), result));
        }

        return tasks;
    }

    private static async Task ReadHeadersAsync(NpgsqlConnection connection, string[] ids, Dictionary<string, string> headers, CancellationToken cancellationToken)
    {
        await using var command = StoreCommand.Create(connection, null, PublicSql.ReadHeaders, (object)ids);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            headers[reader.GetString(0)] = reader.GetString(1);
        }
    }

    private static PublicDraw ReadDraw(NpgsqlDataReader reader)
        => new(reader.GetString(0), reader.GetFieldValue<DateOnly>(1), reader.GetFieldValue<string[]>(2), reader.GetString(3),
            reader.GetFieldValue<DateTimeOffset>(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetInt32(6),
            reader.IsDBNull(7) ? null : reader.GetInt32(7));

    private static string EscapeLike(string text)
        => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
