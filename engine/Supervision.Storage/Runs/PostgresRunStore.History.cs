using System.Text.Json;
using Supervision.Runs;

namespace Supervision.Storage.Runs;

/// <summary>The nights before this one, and forgetting a night the input gates refused.</summary>
public sealed partial class PostgresRunStore
{
    public async Task<RunRecord?> PreviousCompletedRunAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, RunSql.PreviousCompletedRun, asOf);
        return await ReadRunAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<RunRecord>> PreparedRunsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(connection, null, RunSql.PreparedRuns);
        return await ReadRunsAsync(command, cancellationToken);
    }

    /// <summary>Nothing to do: the database writes no temporaries (a transaction that dies leaves nothing).</summary>
    public Task DeleteStaleTemporariesAsync(string runId, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task DiscardRefusedRunAsync(string runId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        string? status;
        await using (var read = StoreCommand.Create(connection, transaction, RunSql.LockRun, runId))
        {
            status = await read.ExecuteScalarAsync(cancellationToken) as string;
        }

        if (status is null)
        {
            await transaction.RollbackAsync(cancellationToken);
            return;
        }

        if (status != RunStatusText.Of(RunStatus.Refused))
        {
            throw new InvalidOperationException($"run {runId} is {status}, not refused: only a refused run is discarded");
        }

        await StoreCommand.ExecuteAsync(connection, transaction, RunSql.DeleteInputs, cancellationToken, runId);
        await StoreCommand.ExecuteAsync(connection, transaction, RunSql.DeleteRefusedRun, cancellationToken, runId);
        await audit.AppendAsync(transaction, "run", runId, JsonSerializer.SerializeToElement(new
        {
            @event = "discarded",
            previous = status,
            message = "the night is planned again from the inputs as they are now",
        }), Worker, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
