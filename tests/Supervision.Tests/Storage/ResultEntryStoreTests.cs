using System.Collections.ObjectModel;
using Npgsql;
using Supervision.Storage.Results;

namespace Supervision.Tests.Storage;

/// <summary>
/// Results entered and confirmed on a real PostgreSQL, from a real draw saved as the night saves it: one inspector enters,
/// another confirms; the recorder, an inspector the result does not name, or one not on the task cannot confirm; the table
/// itself refuses a confirmation by the recorder.
/// </summary>
public sealed class ResultEntryStoreTests
{
    [Fact]
    public async Task ConfirmAsync_ByTheRecorder_IsRefused_ByTheOtherNamed_Confirms_ThenEntryIsLocked()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var record = await DrawnTasks.SaveAsync(db);
        var store = new ResultEntryStore(db.Database, new SteppingClock());
        var (task, number) = await TaskAsync(db, record);
        var teammate = task.Team.First(t => t != DrawnTasks.InspectorA);

        var nothing = await store.ConfirmAsync(teammate, "b", number);
        var entered = await store.RecordAsync(DrawnTasks.InspectorA, "a", number, Draft(DrawnTasks.InspectorA, teammate));
        var own = await store.ConfirmAsync(DrawnTasks.InspectorA, "a", number);
        var confirmed = await store.ConfirmAsync(teammate, "b", number);
        var again = await store.ConfirmAsync(teammate, "b", number);
        var changed = await store.RecordAsync(teammate, "b", number, Draft(DrawnTasks.InspectorA, teammate));
        var entry = await store.FindAsync(teammate, number);

        Assert.Equal(
            (ConfirmOutcome.NothingEntered, EntryOutcome.Recorded, ConfirmOutcome.OwnEntry, ConfirmOutcome.Confirmed, ConfirmOutcome.AlreadyConfirmed, EntryOutcome.AlreadyConfirmed),
            (nothing, entered, own, confirmed, again, changed));
        Assert.NotNull(entry);
        Assert.True(entry.Confirmed);
        Assert.Equal(DrawnTasks.InspectorA, entry.RecordedInspector);
        Assert.Equal("no_problem", entry.Outcome);
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.audit_log WHERE kind = 'result-entry'"));
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.audit_log WHERE kind = 'result-confirmation' AND actor = 'b'"));
    }

    [Fact]
    public async Task ConfirmAsync_ByAMemberTheResultDoesNotName_IsRefused_AndAnotherInspectorsTaskIsNotFound()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var record = await DrawnTasks.SaveAsync(db);
        var store = new ResultEntryStore(db.Database, new SteppingClock());
        var (task, number) = await TaskAsync(db, record);
        var teammate = task.Team.First(t => t != DrawnTasks.InspectorA);
        var stranger = record.Outcome.Tasks.SelectMany(t => t.Team).First(i => !task.Team.Contains(i));
        await store.RecordAsync(teammate, "b", number, Draft(teammate, "X999"));

        var notNamed = await store.ConfirmAsync(DrawnTasks.InspectorA, "a", number);
        var notTheirs = await store.ConfirmAsync(stranger, "s", number);
        var notTheirsEntry = await store.RecordAsync(stranger, "s", number, Draft(stranger, DrawnTasks.InspectorA));
        var notTheirsRead = await store.FindAsync(stranger, number);

        Assert.Equal(ConfirmOutcome.NotListed, notNamed);
        Assert.Equal(ConfirmOutcome.NotFound, notTheirs);
        Assert.Equal(EntryOutcome.NotFound, notTheirsEntry);
        Assert.Null(notTheirsRead);
        Assert.Equal(("entered", teammate), (await db.ScalarAsync<string>("SELECT state FROM supervision.inspection_results"),
            await db.ScalarAsync<string>("SELECT recorded_inspector FROM supervision.inspection_results")));
    }

    [Fact]
    public async Task Table_RefusesAConfirmationByTheRecorder_WhateverTheCodeDoes()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var record = await DrawnTasks.SaveAsync(db);
        var store = new ResultEntryStore(db.Database, new SteppingClock());
        var (task, number) = await TaskAsync(db, record);
        await store.RecordAsync(DrawnTasks.InspectorA, "a", number, Draft(DrawnTasks.InspectorA, task.Team.First(t => t != DrawnTasks.InspectorA)));

        var refused = await Assert.ThrowsAsync<PostgresException>(() => db.ExecuteAsync(
            "UPDATE supervision.inspection_results SET state = 'confirmed', confirmed_inspector = recorded_inspector, confirmed_by = 'a', confirmed_at = now()"));
        var unconfirmedButCounted = await Assert.ThrowsAsync<PostgresException>(() => db.ExecuteAsync(
            "UPDATE supervision.inspection_results SET state = 'confirmed'"));

        Assert.Equal(("23514", "inspection_results_two_inspectors"), (refused.SqlState, refused.ConstraintName));
        Assert.Equal("inspection_results_two_inspectors", unconfirmedButCounted.ConstraintName);
    }

    private static async Task<(Supervision.Draws.Record.TaskRecord Task, long Number)> TaskAsync(TestDatabase db, Supervision.Draws.Record.DrawRecord record)
    {
        var number = (await DrawnTasks.NumbersAsync(db, DrawnTasks.InspectorA))[0];
        var taskId = await db.ScalarAsync<string>("SELECT task_id FROM supervision.draw_tasks WHERE task_no = $1", number);
        return (record.Outcome.Tasks.Single(t => t.TaskId == taskId), number);
    }

    private static ResultDraft Draft(params string[] inspectors)
        => new(new DateOnly(2026, 12, 22), "no_problem", inspectors, [],
            new ReadOnlyDictionary<string, string>(new Dictionary<string, string> { ["outcome"] = "no_problem", ["inspectors"] = string.Join(';', inspectors) }));
}
