using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Supervision.Data.Draws;
using Supervision.Data.Import;
using Supervision.Draws.Record;
using Supervision.Storage.Public;

namespace Supervision.Application.Publication;

/// <summary>
/// The public downloads of a draw (程序公开), derived from the database deterministically — the same bytes on every
/// request — and kept once generated:
/// <list type="bullet">
/// <item><c>notice.csv</c>, <c>notice.html</c>: the draw notice exactly as <see cref="NoticeWriter"/> renders it, the
/// HTML with the audit chain's head its publication printed (<see cref="NoticeAnchor"/>), so that its SHA-256 can be
/// compared with the publication entry of the audit log.</item>
/// <item><c>draw-record-public.json</c>: what checks the seed derivation and the tasks — the record's header (algorithm,
/// hashes, commitments, revealed shares, public value, seed, plans as policy) and every task and visit, without any
/// enterprise's pool, the pools' selections, the previous inspectors or the inspectors' conflicts.</item>
/// <item><c>population-public.csv</c>: plan_id, uscc, name of every enterprise that took part, without pool or note.</item>
/// </list>
/// The full record and snapshot reveal pools, hence categories (docs/draw-algorithm.md §10): they stay audit files.
/// </summary>
public sealed class PublicDrawFiles(PublicNoticeStore store) : IDisposable
{
    public const string NoticeCsv = "notice.csv";
    public const string NoticeHtml = "notice.html";
    public const string PublicRecord = "draw-record-public.json";
    public const string PublicPopulation = "population-public.csv";

    /// <summary>Every public download, in the order the page lists them.</summary>
    public static IReadOnlyList<string> Files { get; } = [NoticeHtml, NoticeCsv, PublicRecord, PublicPopulation];

    // One generation at a time: a large draw's derivation holds its tasks in memory, and a second request for it waits
    // and then finds it stored.
    private readonly SemaphoreSlim generating = new(1, 1);

    /// <summary>The download <paramref name="file"/> of draw <paramref name="drawId"/>, generated first if need be; null for an unknown draw or file, or a draw without a stored snapshot.</summary>
    public async Task<PublicFile?> GetAsync(string drawId, string file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(drawId);
        if (!Files.Contains(file, StringComparer.Ordinal))
        {
            return null;
        }

        if (await store.ReadFileAsync(drawId, file, cancellationToken) is { } stored)
        {
            return stored;
        }

        await generating.WaitAsync(cancellationToken);
        try
        {
            if (await store.ReadFileAsync(drawId, file, cancellationToken) is { } meanwhile)
            {
                return meanwhile;
            }

            if (await store.FindDrawAsync(drawId, cancellationToken) is not { } draw)
            {
                return null;
            }

            if (file == PublicPopulation)
            {
                if (await store.ReadPopulationAsync(drawId, cancellationToken) is not { } snapshot)
                {
                    return null;
                }

                await store.SaveFileAsync(drawId, file, Population(snapshot), cancellationToken);
            }
            else
            {
                foreach (var (name, content) in await GenerateAsync(draw, cancellationToken))
                {
                    await store.SaveFileAsync(drawId, name, content, cancellationToken);
                }
            }

            return await store.ReadFileAsync(drawId, file, cancellationToken);
        }
        finally
        {
            generating.Release();
        }
    }

    public void Dispose() => generating.Dispose();

    /// <summary>The publication entry of the draw notice (the one that names notice.html), if the log holds one.</summary>
    public static PublicationEntry? NoticePublication(PublicDrawDetail draw)
    {
        ArgumentNullException.ThrowIfNull(draw);
        return draw.Publications.LastOrDefault(p => p.Subject == draw.Draw.DrawId && p.Files.ContainsKey(NoticeHtml));
    }

    private async Task<List<(string Name, byte[] Content)>> GenerateAsync(PublicDrawDetail draw, CancellationToken cancellationToken)
    {
        var drawId = draw.Draw.DrawId;
        var header = (await store.EnsureHeadersAsync([drawId], cancellationToken))[drawId];
        var visits = JsonSerializer.Deserialize<List<VisitRecord>>(await store.ReadVisitsAsync(drawId, cancellationToken) ?? "[]", RecordJson.Options) ?? [];
        var tasks = await store.ReadAllTasksAsync(drawId, cancellationToken);
        var record = Record(header, tasks, visits);
        var (csv, html) = NoticeWriter.Render(record);
        if (NoticePublication(draw) is { HeadSeq: { } seq, HeadHash: { } hash })
        {
            html = new UTF8Encoding(false).GetBytes(NoticeAnchor.Stamped(Encoding.UTF8.GetString(html), seq, hash));
        }

        return [(NoticeCsv, csv), (NoticeHtml, html), (PublicRecord, PublicRecordJson(record, tasks))];
    }

    /// <summary>A draw record rebuilt from the header and the tasks: no pool (empty), no previous inspectors, no inspectors, no pool results.</summary>
    private static DrawRecord Record(string header, IReadOnlyList<PublicDrawTask> tasks, List<VisitRecord> visits)
    {
        var node = JsonNode.Parse(header)!.AsObject();
        node["inspectors"] = new JsonArray();
        node["outcome"] = new JsonObject { ["pools"] = new JsonArray(), ["tasks"] = new JsonArray(), ["visits"] = new JsonArray() };
        var record = node.Deserialize<DrawRecord>(RecordJson.Options) ?? throw new InvalidDataException("the draw's public header is empty");
        return record with
        {
            Outcome = new DrawOutcome([],
                [.. tasks.Select(t => new TaskRecord(t.TaskId, t.PlanId, t.Department, "", t.Uscc, t.Name, t.VisitId, t.WindowFrom, t.WindowTo, t.Items, t.Team, t.UnassignedReason, []))],
                visits),
        };
    }

    private static byte[] PublicRecordJson(DrawRecord record, IReadOnlyList<PublicDrawTask> tasks)
        => JsonSerializer.SerializeToUtf8Bytes(new
        {
            format = "supervision-draw-public/v1",
            note = "公开版抽查记录：可据此复核随机种子的导出（准备文件 SHA-256、各部门承诺值与公开的份额、公共随机数 → 种子 → 种子承诺值）及抽查名单、时间窗口、检查事项与检查组；"
                + "不含各企业所属抽取池（分类）、抽签明细、上次检查人员及检查人员回避信息。完整抽查记录与检查对象名录快照为审计文件，供监管部门和纪检监察组核查。",
            algorithm = record.Algorithm,
            draw_id = record.DrawId,
            as_of = record.AsOf,
            seed = record.Seed,
            seed_commitment = record.SeedCommitment,
            bundle_hash = record.BundleHash,
            calendar_hash = record.CalendarHash,
            population_sha256 = record.PopulationSha256,
            population_entries = record.PopulationEntries,
            exclusions = record.Exclusions,
            preparation = record.Preparation,
            plans = record.Plans,
            tasks = tasks.Select(t => new
            {
                task_id = t.TaskId, plan_id = t.PlanId, department = t.Department, uscc = t.Uscc, name = t.Name, visit_id = t.VisitId,
                window_from = t.WindowFrom, window_to = t.WindowTo, items = t.Items, team = t.Team, unassigned = t.UnassignedReason is not null,
            }),
            visits = record.Outcome.Visits,
        }, RecordJson.Options);

    /// <summary>plan_id, uscc, name of each row of the snapshot, in its order; cells escaped against formulas like every CSV for people.</summary>
    private static byte[] Population(byte[] snapshot)
    {
        using var csv = new MemoryStream();
        SafeCsvWriter.Write(csv, ["plan_id", "uscc", "name"], PopulationSnapshot.Read(snapshot).Select(e => (IReadOnlyList<string?>)[e.PlanId, e.Uscc, e.Name]));
        return csv.ToArray();
    }
}
