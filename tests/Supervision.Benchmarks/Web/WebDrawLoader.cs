using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Supervision.Storage;

namespace Supervision.Benchmarks.Web;

/// <summary>
/// A year of monthly draws copied straight into <c>draws</c>, <c>draw_items</c>, <c>draw_tasks</c>,
/// <c>inspection_results</c> and <c>task_recusals</c> (binary COPY, not the draw algorithm: twelve real draws over a
/// million enterprises would take minutes and several GiB, and the pages read only these rows). Each draw takes 3 % of the
/// registry (distinct enterprises), one department per task, a team of two of that department's inspectors — one team in
/// twenty from the department's busiest 0.2 %, so that some inspectors hold hundreds of tasks (beyond the inbox's limit)
/// while the average holds a dozen or two. The first draw stores a record as large as a real one (every task and the whole
/// population), which no page may read; the others a small one.
/// </summary>
internal static class WebDrawLoader
{
    private const int Months = 12;
    private const int ItemsPerFamily = 4;

    private const string InsertDraw = """
        INSERT INTO supervision.draws (draw_id, plan_ids, draw_date, as_of, seed_commitment, population_sha256, record, status, created_at)
        VALUES ($1, $2, $3, $3, $4, $5, $6, $7, $8)
        """;

    private const string CopyItems = """
        COPY supervision.draw_items (draw_id, plan_id, code, position, title, basis, key, department) FROM STDIN (FORMAT BINARY)
        """;

    private const string CopyTasks = """
        COPY supervision.draw_tasks (draw_id, task_id, plan_id, uscc, department, pool, visit_id, window_from, window_to, items, team, name)
        FROM STDIN (FORMAT BINARY)
        """;

    private const string CopyResults = """
        COPY supervision.inspection_results (draw_id, task_id, inspected_on, outcome, findings, recorded_by, recorded_at, published_at,
            entry, inspectors, recorded_inspector, state, confirmed_inspector, confirmed_by, confirmed_at)
        FROM STDIN (FORMAT BINARY)
        """;

    private const string CopyRecusals = """
        COPY supervision.task_recusals (draw_id, task_id, inspector_id, user_name, ground, reason, declared_at, status) FROM STDIN (FORMAT BINARY)
        """;

    // The standard result categories (0012_result_entry.sql) with a plausible share of each.
    private static readonly (string Code, double Share)[] Outcomes =
    [
        ("no_problem", 0.70), ("correction_ordered", 0.10), ("further_handling", 0.05), ("unreachable", 0.05), ("no_activity", 0.05),
        ("not_published", 0.03), ("refused", 0.01), ("false_information", 0.01),
    ];

    private static readonly string[] Grounds = ["interest", "relative", "employment", "other"];

    public static async Task<WebDraws> LoadAsync(Database database, WebRegistry registry, int seed, CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        var perDraw = Math.Max(50, registry.Usccs.Length * 3 / 100);
        var stride = Stride(registry.Usccs.Length);
        var tasksPer = new int[registry.Inspectors.Length];
        var (drawIds, tasks, items, results, recusals, recordBytes) = (new List<string>(), 0L, 0L, 0L, 0L, 0L);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        for (var month = 1; month <= Months; month++)
        {
            var drawDate = new DateOnly(2026, month, 5);
            var drawId = string.Create(CultureInfo.InvariantCulture, $"WB-2026-{month:D2}");
            var planId = string.Create(CultureInfo.InvariantCulture, $"PLAN-2026-{month:D2}");
            var catalogue = Catalogue(registry);
            var drawn = Draw(registry, random, drawId, planId, drawDate, perDraw, (month * 7919L) % registry.Usccs.Length, stride, catalogue, tasksPer);
            var record = month == 1 ? WebDrawRecords.Large(registry, drawId, planId, drawn) : WebDrawRecords.Small(drawId, planId, drawn.Count);
            recordBytes = Math.Max(recordBytes, Encoding.UTF8.GetByteCount(record));
            await using (var insert = new NpgsqlCommand(InsertDraw, connection))
            {
                insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = drawId });
                insert.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [planId] });
                insert.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = drawDate });
                insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Hex(drawId + "/seed") });
                insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Hex(drawId + "/population") });
                insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = record, NpgsqlDbType = NpgsqlDbType.Jsonb });
                insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = month == Months ? "drawn" : "published" });
                insert.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = Instant(drawDate, 9) });
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            items += await CopyItemsAsync(connection, drawId, planId, registry, catalogue, cancellationToken);
            tasks += await CopyTasksAsync(connection, registry, drawId, planId, drawn, cancellationToken);

            // Results for nearly every task of the first half of the year, some of the next two months, none after: about half.
            var share = month <= 6 ? 0.95 : month <= 8 ? 0.3 : 0;
            results += await CopyResultsAsync(connection, registry, random, drawId, drawn, share, cancellationToken);
            recusals += month > 9 ? await CopyRecusalsAsync(connection, random, drawId, drawn, cancellationToken) : 0;
            drawIds.Add(drawId);
        }

        return new WebDraws(drawIds, tasks, items, results, recusals, recordBytes, tasksPer);
    }

    /// <summary>Per department, the item codes of its families (YJ-WH-001 …), with a title and a basis each.</summary>
    private static List<(string Code, string Title, string Basis, bool Key)>[] Catalogue(WebRegistry registry)
        => [.. registry.Departments.Select(d => d.Families
            .SelectMany(f => Enumerable.Range(1, ItemsPerFamily).Select(n => (
                string.Create(CultureInfo.InvariantCulture, $"{d.Code}-{f.Code}-{n:D3}"),
                string.Create(CultureInfo.InvariantCulture, $"{f.Certification}检查事项第{n}项"),
                string.Create(CultureInfo.InvariantCulture, $"《{d.Name}行政检查办法》第{n + 10}条"),
                n == 1)))
            .ToList())];

    private static List<WebTask> Draw(
        WebRegistry registry, Random random, string drawId, string planId, DateOnly drawDate, int count, long offset, long stride,
        List<(string Code, string Title, string Basis, bool Key)>[] catalogue, int[] tasksPer)
    {
        var total = registry.ByDepartment.Sum(d => d.Length);
        var tasks = new List<WebTask>(count);
        for (var k = 0; k < count && k < registry.Usccs.Length; k++)
        {
            var enterprise = (int)((offset + k * stride) % registry.Usccs.Length);

            // A department in proportion to its inspectors, so that the load per inspector is even across departments.
            var pick = random.Next(total);
            var department = 0;
            while (pick >= registry.ByDepartment[department].Length)
            {
                pick -= registry.ByDepartment[department++].Length;
            }

            var members = registry.ByDepartment[department];
            var first = Member(random, members);
            var second = Member(random, members);
            while (second == first)
            {
                second = Member(random, members);
            }

            tasksPer[first]++;
            tasksPer[second]++;
            var codes = catalogue[department];
            var start = random.Next(codes.Count);
            var itemCodes = Enumerable.Range(0, 2 + random.Next(2)).Select(i => codes[(start + i) % codes.Count].Code).Distinct().ToArray();
            var from = drawDate.AddDays(7 + random.Next(20));
            var uscc = registry.Usccs[enterprise];
            tasks.Add(new WebTask(
                string.Create(CultureInfo.InvariantCulture, $"{planId}/{uscc}/{department + 1}"), enterprise, department,
                string.Create(CultureInfo.InvariantCulture, $"{drawId}/V{k:D7}"), from, from.AddDays(30), itemCodes,
                [registry.Inspectors[first].InspectorId, registry.Inspectors[second].InspectorId]));
        }

        return tasks;
    }

    private static int Member(Random random, int[] members)
    {
        var busy = Math.Max(2, members.Length / 500);
        return members[random.NextDouble() < 0.05 ? random.Next(busy) : random.Next(members.Length)];
    }

    private static async Task<long> CopyItemsAsync(
        NpgsqlConnection connection, string drawId, string planId, WebRegistry registry,
        List<(string Code, string Title, string Basis, bool Key)>[] catalogue, CancellationToken cancellationToken)
    {
        var rows = 0L;
        await using var writer = await connection.BeginBinaryImportAsync(CopyItems, cancellationToken);
        for (var d = 0; d < catalogue.Length; d++)
        {
            foreach (var (code, title, basis, key) in catalogue[d])
            {
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(drawId, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(planId, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(code, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync((int)rows, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(title, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(basis, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(key, NpgsqlDbType.Boolean, cancellationToken);
                await writer.WriteAsync(registry.Departments[d].Name, NpgsqlDbType.Text, cancellationToken);
                rows++;
            }
        }

        await writer.CompleteAsync(cancellationToken);
        return rows;
    }

    private static async Task<long> CopyTasksAsync(
        NpgsqlConnection connection, WebRegistry registry, string drawId, string planId, List<WebTask> tasks, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(CopyTasks, cancellationToken);
        foreach (var task in tasks)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(drawId, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(task.TaskId, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(planId, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(registry.Usccs[task.Enterprise], NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(registry.Departments[task.Department].Name, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(Pool(task.Enterprise), NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(task.VisitId, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(task.From, NpgsqlDbType.Date, cancellationToken);
            await writer.WriteAsync(task.To, NpgsqlDbType.Date, cancellationToken);
            await writer.WriteAsync(task.Items, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(task.Team, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(registry.Names[task.Enterprise], NpgsqlDbType.Text, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
        return tasks.Count;
    }

    private static async Task<long> CopyResultsAsync(
        NpgsqlConnection connection, WebRegistry registry, Random random, string drawId, List<WebTask> tasks, double share,
        CancellationToken cancellationToken)
    {
        var rows = 0L;
        await using var writer = await connection.BeginBinaryImportAsync(CopyResults, cancellationToken);
        foreach (var task in tasks.Where(_ => random.NextDouble() < share))
        {
            var inspected = task.From.AddDays(random.Next(30));
            var outcome = Outcome(random.NextDouble());
            var (recorder, confirmer) = (task.Team[0], task.Team[1]);
            var recordedAt = Instant(inspected, 17);
            var confirmedAt = recordedAt.AddHours(20);
            var entry = JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["task_id"] = task.TaskId, ["uscc"] = registry.Usccs[task.Enterprise],
                ["date"] = inspected.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["inspectors"] = string.Join(';', task.Team),
                ["items_checked"] = string.Join(';', task.Items), ["findings"] = "", ["harm"] = "none", ["quantity"] = "", ["deadline"] = "",
                ["status"] = "not_required", ["timing"] = "", ["corrected_on"] = "", ["outcome"] = outcome,
            });
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(drawId, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(task.TaskId, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(inspected, NpgsqlDbType.Date, cancellationToken);
            await writer.WriteAsync(outcome, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync("[]", NpgsqlDbType.Jsonb, cancellationToken);
            await writer.WriteAsync(WebRegistry.UserOf(recorder), NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(recordedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(confirmedAt.AddDays(5), NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(entry, NpgsqlDbType.Jsonb, cancellationToken);
            await writer.WriteAsync(task.Team, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(recorder, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync("confirmed", NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(confirmer, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(WebRegistry.UserOf(confirmer), NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(confirmedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            rows++;
        }

        await writer.CompleteAsync(cancellationToken);
        return rows;
    }

    /// <summary>One declaration in five hundred tasks, by one of the team, still pending.</summary>
    private static async Task<long> CopyRecusalsAsync(
        NpgsqlConnection connection, Random random, string drawId, List<WebTask> tasks, CancellationToken cancellationToken)
    {
        var rows = 0L;
        await using var writer = await connection.BeginBinaryImportAsync(CopyRecusals, cancellationToken);
        foreach (var task in tasks.Where(_ => random.NextDouble() < 0.002))
        {
            var inspector = task.Team[random.Next(task.Team.Length)];
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(drawId, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(task.TaskId, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(inspector, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(WebRegistry.UserOf(inspector), NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(Grounds[random.Next(Grounds.Length)], NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync("本人近亲属在该企业任职", NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(Instant(task.From, 10), NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync("pending", NpgsqlDbType.Text, cancellationToken);
            rows++;
        }

        await writer.CompleteAsync(cancellationToken);
        return rows;
    }

    internal static string Pool(int enterprise) => (enterprise % 50) switch { 0 or 1 => "I", < 8 => "II", < 25 => "III", _ => "IV" };

    private static string Outcome(double u)
    {
        foreach (var (code, share) in Outcomes)
        {
            if (u < share)
            {
                return code;
            }

            u -= share;
        }

        return Outcomes[0].Code;
    }

    /// <summary>A stride coprime with <paramref name="count"/>, so that a draw's enterprises are distinct.</summary>
    private static long Stride(int count)
    {
        var stride = 7_919L % count;
        while (System.Numerics.BigInteger.GreatestCommonDivisor(stride, count) != 1 || stride == 0)
        {
            stride++;
        }

        return stride;
    }

    private static DateTimeOffset Instant(DateOnly date, int hour) => new(date.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);

    private static string Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
