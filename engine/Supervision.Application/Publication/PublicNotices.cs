using System.Collections.Concurrent;
using System.Text.Json;
using Supervision.Data.Results;
using Supervision.Draws.Calendar;
using Supervision.Storage.Public;

namespace Supervision.Application.Publication;

/// <summary>
/// The public pages' reading (三公开): item lists per plan, results with their deadlines, missing results past their
/// deadline, and search. Deadlines follow the results notice (<see cref="PublicationDeadline"/>): the plan's
/// publication working days after the inspection, or after the window's end while no result is public.
/// </summary>
/// <param name="store">The public pages' store.</param>
/// <param name="clock">Today comes from here, in Asia/Shanghai.</param>
/// <param name="calendarPath">The working-day calendar (loaded on first use).</param>
public sealed class PublicNotices(PublicNoticeStore store, TimeProvider clock, string calendarPath)
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private readonly Lazy<WorkingDayCalendar> calendar = new(() => WorkingDayCalendar.Load(calendarPath));

    // A draw's plans never change: each header is parsed once per process (one entry per draw, a few a night).
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, HeaderPlan>> plans = new(StringComparer.Ordinal);

    /// <summary>Today in Asia/Shanghai.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Shanghai).DateTime);

    public async Task<IReadOnlyList<PublicPlan>> ItemsAsync(CancellationToken cancellationToken)
    {
        var items = await store.ListItemsAsync(cancellationToken);
        var headers = await PlansAsync(items.Select(i => i.DrawId).ToArray(), cancellationToken);
        return [.. items.GroupBy(i => i.PlanId, StringComparer.Ordinal).Select(g =>
        {
            var plan = headers.GetValueOrDefault(g.First().DrawId)?.GetValueOrDefault(g.Key);
            return new PublicPlan(g.Key, plan?.Title ?? g.Key, plan?.Departments ?? [], plan?.GeneralItemsPerTask ?? 0, [.. g]);
        })];
    }

    /// <summary>Page <paramref name="page"/> of the public results, of one draw or all; one more row than a page when another page follows.</summary>
    public async Task<IReadOnlyList<PublicRow>> ResultsAsync(string? drawId, int page, CancellationToken cancellationToken)
        => await RowsAsync(await store.ListResultsAsync(drawId, page, cancellationToken), cancellationToken);

    /// <summary>Tasks of standing draws whose result is still not public past its deadline (逾期未公示), oldest first, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<PublicRow>> MissingAsync(int limit, CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(await store.ListUnpublishedAsync(Today, limit, cancellationToken), cancellationToken);
        return [.. rows.Where(r => r.MissingOverdue)];
    }

    /// <summary>Tasks of enterprises whose USCC starts with, or whose name holds, <paramref name="query"/>; empty for a query too short.</summary>
    public async Task<IReadOnlyList<PublicRow>> SearchAsync(string query, CancellationToken cancellationToken)
    {
        var text = (query ?? "").Trim();
        if (text.Length < 2)
        {
            return [];
        }

        // A USCC is 18 digits and capital letters; a query of that shape is taken as the start of one.
        var tasks = text.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c)) && text.Length <= 18
            ? await store.SearchUsccAsync(text, cancellationToken)
            : await store.SearchNameAsync(text, cancellationToken);
        return await RowsAsync(tasks, cancellationToken);
    }

    private async Task<IReadOnlyList<PublicRow>> RowsAsync(IReadOnlyList<PublicTask> tasks, CancellationToken cancellationToken)
    {
        var headers = await PlansAsync(tasks.Select(t => t.DrawId).ToArray(), cancellationToken);
        var today = Today;
        return [.. tasks.Select(task =>
        {
            var workingDays = headers.GetValueOrDefault(task.DrawId)?.GetValueOrDefault(task.PlanId)?.PublicationWorkingDays ?? 20;
            if (task.Result is not { } result)
            {
                var missingDue = task.DrawStatus == "cancelled" ? null : PublicationDeadline.Due(calendar.Value, task.WindowTo, workingDays);
                return new PublicRow(task, null, null, null, missingDue, task.DrawStatus == "cancelled" ? "—" : PublicationDeadline.Words(missingDue), false,
                    PublicationDeadline.IsOverdue(missingDue, today));
            }

            var due = PublicationDeadline.Due(calendar.Value, result.InspectedOn, workingDays);
            var publishedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(result.PublishedAt, Shanghai).DateTime);
            return new PublicRow(task, ResultCategory.Find(result.Outcome)?.Words ?? result.Outcome, Findings(result.FindingsJson), Rectification(result.EntryJson),
                due, PublicationDeadline.Words(due), PublicationDeadline.IsOverdue(due, publishedOn), false);
        })];
    }

    /// <summary>As the results notice words findings without decisions: how many, and each violation found.</summary>
    private static string Findings(string json)
    {
        using var document = JsonDocument.Parse(json);
        var violations = document.RootElement.ValueKind == JsonValueKind.Array
            ? document.RootElement.EnumerateArray()
                .Select(f => f.ValueKind == JsonValueKind.Object && (f.TryGetProperty("violation", out var v) || f.TryGetProperty("code", out v)) ? v.ToString() : f.ToString())
                .ToList()
            : [];
        return violations.Count == 0 ? "未发现问题" : $"发现问题 {violations.Count} 项：{string.Join("；", violations)}";
    }

    /// <summary>The rectification as the results notice words it, from the entered row.</summary>
    private static string Rectification(string? entryJson)
    {
        if (entryJson is null)
        {
            return "";
        }

        using var document = JsonDocument.Parse(entryJson);
        string Cell(string name) => document.RootElement.TryGetProperty(name, out var cell) ? cell.ToString() : "";
        return Cell("rectification_status") switch
        {
            "corrected" => $"已改正（{Cell("corrected_on")}）",
            "pending" => $"责令限期改正（至 {Cell("rectification_deadline")}）",
            _ => "",
        };
    }

    private async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, HeaderPlan>>> PlansAsync(string[] drawIds, CancellationToken cancellationToken)
    {
        var missing = drawIds.Where(id => !plans.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToArray();
        if (missing.Length > 0)
        {
            foreach (var (drawId, header) in await store.EnsureHeadersAsync(missing, cancellationToken))
            {
                plans[drawId] = Parse(header);
            }
        }

        return drawIds.Distinct(StringComparer.Ordinal).Where(plans.ContainsKey).ToDictionary(id => id, id => plans[id], StringComparer.Ordinal);
    }

    private static Dictionary<string, HeaderPlan> Parse(string header)
    {
        using var document = JsonDocument.Parse(header);
        var result = new Dictionary<string, HeaderPlan>(StringComparer.Ordinal);
        if (document.RootElement.TryGetProperty("plans", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var plan in list.EnumerateArray())
            {
                var id = plan.GetProperty("id").GetString()!;
                result[id] = new HeaderPlan(
                    plan.TryGetProperty("title", out var title) ? title.GetString() ?? id : id,
                    plan.TryGetProperty("departments", out var departments) ? [.. departments.EnumerateArray().Select(d => d.GetString() ?? "")] : [],
                    plan.TryGetProperty("general_items_per_task", out var general) ? general.GetInt32() : 0,
                    plan.TryGetProperty("publication_working_days", out var days) ? days.GetInt32() : 20);
            }
        }

        return result;
    }

    private sealed record HeaderPlan(string Title, IReadOnlyList<string> Departments, int GeneralItemsPerTask, int PublicationWorkingDays);
}
