using Supervision.Draws.Record;
using Supervision.Runs;
using Supervision.Storage.Runs;
using Supervision.Tests.Draws;
using Supervision.Tests.Support;

namespace Supervision.Tests.Storage;

/// <summary>
/// A real draw (the draw engine on a small world) saved by <see cref="PostgresRunStore"/>, as the nightly run saves it, with
/// the drawn enterprises in the registry: what the inspector's inbox reads. Four inspectors of one department share the
/// tasks two by two, so each inspector has tasks and each misses some; the first is <see cref="InspectorA"/>, the web
/// tests' inspector account. Every third enterprise's name is HTML.
/// </summary>
internal static class DrawnTasks
{
    public const string InspectorA = "INS-0001";
    public const string InspectorB = "X002";
    public const string RunId = "r-inbox";

    /// <summary>The name every third enterprise gets (with its number after it): markup that must never run or render.</summary>
    public const string HtmlName = "<script>alert('x')</script><b>恶意</b>企业";

    public static async Task<DrawRecord> SaveAsync(TestDatabase db)
    {
        var store = new PostgresRunStore(db.Database, new SteppingClock(), "test:1");
        var at = new DateTimeOffset(2026, 11, 26, 18, 30, 0, TimeSpan.Zero);
        await store.CreateRunAsync(new RunRecord(RunId, DrawWorld.AsOf, "yingkou", "1", ShippedBundle.Bundle.Bundle.ContentHash, new string('d', 64),
            new string('a', 64), 100, 1, 100, 0, "", RunStatus.Scoring) { CreatedAt = at, UpdatedAt = at }, CancellationToken.None);
        var inspectors = DrawWorld.Inspectors(4, tweak: (i, x) => i == 1 ? x with { InspectorId = InspectorA } : x);
        var candidates = DrawWorld.Candidates(100, (n, c) => n % 3 == 0 ? c with { Name = HtmlName + n } : c);
        var draw = DrawWorld.Run(DrawWorld.Plan(), candidates, inspectors);
        await store.SaveDrawAsync(RunId, draw, CancellationToken.None);
        foreach (var uscc in draw.Record.Outcome.Tasks.Select(t => t.Uscc).Distinct())
        {
            await db.ExecuteAsync(
                """
                INSERT INTO supervision.enterprises (uscc, name, industry_code, region, grid, registration_date, status, new_business_form)
                VALUES ($1, '登记名称', 'C2614', '综合保税区', 'G07', DATE '2015-03-01', 'operating', false)
                """, uscc);
        }

        return draw.Record;
    }

    /// <summary>The task numbers of the tasks whose team holds <paramref name="inspector"/> (or, negated, does not), in task order.</summary>
    public static Task<List<long>> NumbersAsync(TestDatabase db, string inspector, bool on = true)
        => db.ListAsync<long>(
            $"SELECT task_no FROM supervision.draw_tasks WHERE {(on ? "" : "NOT ")}team @> ARRAY['{inspector}'] AND cardinality(team) > 0 ORDER BY task_no");
}
