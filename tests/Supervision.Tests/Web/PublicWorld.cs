using System.Security.Cryptography;
using Supervision.Application.Publication;
using Supervision.Data.Draws;
using Supervision.Draws.Record;
using Supervision.Tests.Storage;
using Supervision.Tests.Import;

namespace Supervision.Tests.Web;

/// <summary>
/// The public pages' world: the inbox tests' real draw (<see cref="DrawnTasks"/>, every third name HTML), its notice
/// published as the nightly run publishes it (rendered by <see cref="NoticeWriter"/>, stamped and hashed into the audit
/// log by <see cref="PublicationAudit"/>), and confirmed results: one published on time, one late.
/// </summary>
internal static class PublicWorld
{
    /// <summary>Today for the service: long after the draw's windows and their deadlines (2027-06-01 in Shanghai).</summary>
    public static readonly DateTimeOffset Now = new(2027, 6, 1, 2, 0, 0, TimeSpan.Zero);

    /// <summary>Every pool a task of the world's draw can come from: none may appear in anything public.</summary>
    public static readonly string[] PoolWords = ["blacklist", "triggered", "verification_only", "verification-only", "\"pool\"", "风险分类", "信用等级", "信用分类"];

    public static async Task<(DrawRecord Record, TaskRecord OnTime, TaskRecord Late)> SaveAsync(TestDatabase db, bool publish = true)
    {
        var record = await DrawnTasks.SaveAsync(db);
        if (publish)
        {
            using var directory = new TempDirectory();
            NoticeWriter.Write(directory.Path, record);
            await PublicationAudit.AppendAsync(db.Database, new SteppingClock(), record.DrawId, directory.Path, PublishDrawNotice.NoticeFiles,
                new { kind = "draw notice", run = DrawnTasks.RunId }, CancellationToken.None);
        }

        var tasks = record.Outcome.Tasks.OrderBy(t => t.TaskId, StringComparer.Ordinal).ToList();
        var onTime = tasks.First(t => !t.Name.Contains('<', StringComparison.Ordinal));
        var late = tasks.First(t => t.Name.Contains('<', StringComparison.Ordinal));
        await ConfirmAsync(db, record.DrawId, onTime, "no_problem", "[]", onTime.WindowFrom.AddDays(3));
        await ConfirmAsync(db, record.DrawId, late, "correction_ordered", """[{"item": "K1", "violation": "V-消防-01"}]""", late.WindowFrom.AddDays(90));
        return (record, onTime, late);
    }

    /// <summary>
    /// The shipped calendar and a test year 2027 (known by a Spring Festival row), so that the deadlines of December 2026
    /// fall in a known year. Written once per process; the service reads it through <c>Supervision:Calendar</c>.
    /// </summary>
    public static (string Key, string Value) Calendar => ("Supervision:Calendar", LazyCalendar.Value);

    private static readonly Lazy<string> LazyCalendar = new(() =>
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"public-pages-calendar-{Environment.ProcessId}.csv");
        File.WriteAllText(path, File.ReadAllText(System.IO.Path.Combine(Supervision.Tests.Support.RepoPaths.Rules, "calendar", "cn-working-days.csv"))
            + "2027-02-10,holiday,春节,test\n2027-02-11,holiday,春节,test\n");
        return path;
    });

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static Task ConfirmAsync(TestDatabase db, string drawId, TaskRecord task, string outcome, string findings, DateOnly publishedOn)
        => db.ExecuteAsync(
            """
            INSERT INTO supervision.inspection_results (draw_id, task_id, inspected_on, outcome, findings, recorded_by, recorded_at, state, published_at)
            VALUES ($1, $2, $3, $4, $5::jsonb, 'test', $6, 'confirmed', $6)
            """, drawId, task.TaskId, task.WindowFrom, outcome, findings,
            new DateTimeOffset(publishedOn.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero));
}
