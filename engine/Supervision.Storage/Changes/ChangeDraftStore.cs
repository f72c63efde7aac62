using Npgsql;
using Supervision.Storage.Runs;

namespace Supervision.Storage.Changes;

/// <summary>
/// Change drafts in PostgreSQL: a regulator's candidate bundle (a zip, as <c>CandidateArchive</c> packs it) saved
/// between edits in the browser. Every read and write is for the draft's author only: another regulator's draft is
/// reported as not found, never as forbidden, so its number tells nothing.
/// </summary>
/// <remarks>
/// Not audited: a draft is work in progress that nobody else sees; what counts is the change request it becomes,
/// whose proposal <see cref="ChangeRequestStore"/> audits. Thread-safe.
/// </remarks>
public sealed class ChangeDraftStore
{
    /// <summary>Drafts one regulator may keep at once: a draft is a few hundred kilobytes, started by a click.</summary>
    public const int MaxPerAuthor = 20;

    private readonly Database database;
    private readonly TimeProvider clock;

    public ChangeDraftStore(Database database, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(clock);
        this.database = database;
        this.clock = clock;
    }

    /// <summary>Starts a draft of <paramref name="author"/> holding <paramref name="content"/>; returns its number.</summary>
    /// <exception cref="ChangeRequestRefusedException">The author already keeps <see cref="MaxPerAuthor"/> drafts.</exception>
    public async Task<long> CreateAsync(string author, string title, byte[] content, string? baseHash, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(author);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(content);
        if ((await ListAsync(author, cancellationToken)).Count >= MaxPerAuthor)
        {
            throw new ChangeRequestRefusedException($"{author} already keeps {MaxPerAuthor} drafts: submit or discard one first (草稿已达 {MaxPerAuthor} 份，请先提交或放弃一份)");
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, ChangeDraftSql.Insert, author, title, content, baseHash, clock.GetUtcNow());
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The draft, or null when it does not exist or is not <paramref name="author"/>'s.</summary>
    public async Task<ChangeDraft?> GetAsync(long draftId, string author, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, ChangeDraftSql.Get, draftId, author);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <summary>The draft's files (a zip), or null when it does not exist or is not <paramref name="author"/>'s.</summary>
    public async Task<byte[]?> ContentAsync(long draftId, string author, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, ChangeDraftSql.Content, draftId, author);
        return await command.ExecuteScalarAsync(cancellationToken) as byte[];
    }

    /// <summary><paramref name="author"/>'s drafts, the last saved first.</summary>
    public async Task<IReadOnlyList<ChangeDraft>> ListAsync(string author, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, ChangeDraftSql.List, author);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var drafts = new List<ChangeDraft>();
        while (await reader.ReadAsync(cancellationToken))
        {
            drafts.Add(Read(reader));
        }

        return drafts;
    }

    /// <summary>Replaces the draft's files; false when it does not exist or is not <paramref name="author"/>'s.</summary>
    public async Task<bool> SaveContentAsync(long draftId, string author, byte[] content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await StoreCommand.ExecuteAsync(connection, null, ChangeDraftSql.SaveContent, cancellationToken, draftId, author, content, clock.GetUtcNow()) == 1;
    }

    /// <summary>Renames the draft; false when it does not exist or is not <paramref name="author"/>'s.</summary>
    public async Task<bool> SaveTitleAsync(long draftId, string author, string title, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(title);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await StoreCommand.ExecuteAsync(connection, null, ChangeDraftSql.SaveTitle, cancellationToken, draftId, author, title, clock.GetUtcNow()) == 1;
    }

    /// <summary>Deletes the draft; false when it does not exist or is not <paramref name="author"/>'s.</summary>
    public async Task<bool> DeleteAsync(long draftId, string author, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await StoreCommand.ExecuteAsync(connection, null, ChangeDraftSql.Delete, cancellationToken, draftId, author) == 1;
    }

    private static ChangeDraft Read(NpgsqlDataReader reader)
        => new(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
            reader.GetFieldValue<DateTimeOffset>(4), reader.GetFieldValue<DateTimeOffset>(5));
}
