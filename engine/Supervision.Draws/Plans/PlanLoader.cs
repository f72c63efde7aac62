using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Supervision.Rules.Bundle;
using Supervision.Rules.Diagnostics;

namespace Supervision.Draws.Plans;

/// <summary>Reads and validates plan files; every problem is a diagnostic with file:line:column, like rules.</summary>
public static partial class PlanLoader
{
    private static readonly string[] Keys =
    [
        "id", "title", "departments", "scope", "period", "window_working_days", "items", "general_items_per_task", "ratios",
        "verification_share", "caps", "trigger_window_days", "team_size", "max_tasks_per_inspector", "lead_certifications", "publication_working_days", "notice_lead_working_days", "schedule",
        "approvals",
    ];

    /// <param name="path">The plan file.</param>
    /// <param name="categories">The bundle's categories, which scope and ratio overrides may name.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static InspectionPlan? Load(string path, IReadOnlyList<string> categories, DiagnosticBag diagnostics)
        => Load(path, categories, null, diagnostics, out _);

    /// <summary>
    /// Loads the plans of one draw. Plan ids are part of every lottery message and of the draw id, so two files with one
    /// id are an error (at the second file's id), as is a draw with no plan at all.
    /// </summary>
    /// <param name="paths">The plan files.</param>
    /// <param name="categories">The bundle's categories.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="where">Names where the plans were looked for, for the diagnostic when there is none.</param>
    /// <param name="floor">The bundle's ratio floor: a ratio override below it, for a category it does not exempt, is a warning (SV088).</param>
    /// <returns>Every plan, or null when any has errors.</returns>
    public static IReadOnlyList<InspectionPlan>? LoadAll(
        IReadOnlyList<string> paths, IReadOnlyList<string> categories, DiagnosticBag diagnostics, string where, RatioFloor? floor = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (paths.Count == 0)
        {
            diagnostics.Error("SV214", "no plan file: a draw needs at least one plan (*.yaml)", SourceLocation.FileOnly(where));
            return null;
        }

        var plans = new List<InspectionPlan>();
        var firstFile = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Load(path, categories, floor, diagnostics, out var idLocation) is not { } plan)
            {
                continue;
            }

            if (!firstFile.TryAdd(plan.Id, plan.File))
            {
                diagnostics.Error("SV213", $"plan id '{plan.Id}' is already the id of {firstFile[plan.Id]}; each plan needs its own id", idLocation);
                continue;
            }

            plans.Add(plan);
        }

        return diagnostics.HasErrors || plans.Count != paths.Count ? null : plans;
    }

    private static InspectionPlan? Load(
        string path, IReadOnlyList<string> categories, RatioFloor? floor, DiagnosticBag diagnostics, out SourceLocation idLocation)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var display = Path.GetFileName(Path.GetDirectoryName(path)) + "/" + Path.GetFileName(path);
        idLocation = SourceLocation.FileOnly(display);
        if (!File.Exists(path))
        {
            diagnostics.Error("SV200", $"plan file '{path}' does not exist", SourceLocation.FileOnly(path));
            return null;
        }

        var errorsBefore = diagnostics.Items.Count(d => d.Severity == DiagnosticSeverity.Error);
        var map = YamlMap.Load(path, display, diagnostics);
        if (map is null)
        {
            return null;
        }

        map.RejectUnknownKeys(Keys);
        var id = map.Text("id", required: true) ?? "";
        idLocation = map.ValueLocation("id");
        if (!IdPattern().IsMatch(id))
        {
            diagnostics.Error("SV201", $"plan id '{id}' may contain only letters, digits, '-' and '_', and may not start with '-'", map.ValueLocation("id"));
        }

        var departments = map.TextList("departments", required: true);
        if (departments.Count == 0 || departments.Distinct().Count() != departments.Count)
        {
            diagnostics.Error("SV202", "departments must list at least one department, each once", map.ValueLocation("departments"));
        }

        var scope = ReadScope(map.Map("scope", required: false), categories, diagnostics);
        var period = map.Map("period", required: true);
        period?.RejectUnknownKeys("from", "to");
        var from = Date(period, "from", diagnostics);
        var to = Date(period, "to", diagnostics);
        if (from > to)
        {
            diagnostics.Error("SV203", "the period ends before it starts", period!.Location);
        }

        var items = ReadItems(map, departments, diagnostics);
        var ratios = ReadRatios(map.Map("ratios", required: false), categories, floor, diagnostics);
        var caps = map.Map("caps", required: false);
        caps?.RejectUnknownKeys("per_department_per_year", "total_per_year");
        var teamSize = Whole(map, "team_size", 2, 2, 10, diagnostics, "at least 2 inspectors per task (行政处罚法 第四十二条)");
        var generalItemsPerTask = Whole(map, "general_items_per_task", 2, 0, 100, diagnostics);
        CheckGeneralItems(map, items, departments, generalItemsPerTask, diagnostics);
        var plan = new InspectionPlan(
            id,
            map.Text("title", required: true) ?? "",
            departments,
            scope,
            from ?? default,
            to ?? default,
            Whole(map, "window_working_days", 5, 1, 60, diagnostics),
            items,
            generalItemsPerTask,
            ratios,
            Share(map, "verification_share", 0.01m, diagnostics),
            caps is null ? 2 : Whole(caps, "per_department_per_year", 2, 1, 100, diagnostics),
            caps is null ? 4 : Whole(caps, "total_per_year", 4, 1, 100, diagnostics),
            Whole(map, "trigger_window_days", 30, 0, 366, diagnostics),
            teamSize,
            Whole(map, "max_tasks_per_inspector", 10, 1, 10_000, diagnostics),
            map.TextList("lead_certifications", required: false),
            Whole(map, "publication_working_days", 20, 1, 120, diagnostics),
            Schedule(map, diagnostics),
            display,
            Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))))
        {
            NoticeLeadWorkingDays = Whole(map, "notice_lead_working_days", 1, 0, 60, diagnostics),
        };
        if (map.Map("approvals", required: false) is { } approvals)
        {
            plan = plan with { Approvals = ReadApprovals(map, approvals, plan, categories, diagnostics) };
        }

        return diagnostics.Items.Count(d => d.Severity == DiagnosticSeverity.Error) > errorsBefore ? null : plan;
    }

    private static string Schedule(YamlMap map, DiagnosticBag diagnostics)
    {
        var schedule = map.Text("schedule", required: false) ?? "30 2 * * *";
        if (PlanSchedule.Parse(schedule) is null)
        {
            diagnostics.Error("SV235",
                $"schedule '{schedule}' is not a cron expression of five fields (minute hour day-of-month month day-of-week), e.g. \"0 2 * * 5\" for 02:00 every Friday",
                map.ValueLocation("schedule"));
        }

        return schedule;
    }

    // An approval-verification plan draws enterprises for the verification of their recent approvals: the routine draw's
    // ratios, verification sample and annual caps do not apply (a verification is the approving department's duty, not
    // one more random inspection), and the department that granted the approvals verifies them (谁审批谁监管).
    private static ApprovalVerification ReadApprovals(
        YamlMap map, YamlMap approvals, InspectionPlan plan, IReadOnlyList<string> categories, DiagnosticBag diagnostics)
    {
        approvals.RejectUnknownKeys("intake_working_days", "verify_within_working_days", "share", "full_verification");
        foreach (var routine in new[] { "ratios", "verification_share", "caps" }.Where(k => map.Node(k) is not null))
        {
            diagnostics.Error("SV217",
                $"{routine} does not apply to an approval-verification plan: it draws enterprises for their approvals, at approvals.share or in full",
                map.ValueLocation(routine));
        }

        if (plan.Departments.Count != 1)
        {
            diagnostics.Error("SV218",
                "an approval-verification plan has one department: the department that granted the approvals verifies them (谁审批谁监管)",
                map.ValueLocation("departments"));
        }

        var full = approvals.Map("full_verification", required: false);
        full?.RejectUnknownKeys("matters", "categories");
        var fullCategories = full?.TextList("categories", required: false) ?? [];
        foreach (var unknown in fullCategories.Where(c => !categories.Contains(c)))
        {
            diagnostics.Error("SV204", $"category '{unknown}' is not declared in bundle.yaml ({string.Join(", ", categories)})", full!.ValueLocation("categories"));
        }

        var intake = Whole(approvals, "intake_working_days", 1, 1, 60, diagnostics);
        var within = Whole(approvals, "verify_within_working_days", 20, 1, 250, diagnostics);

        // The oldest approval of an intake was granted intake − 1 working days before the draw; its window starts the notice
        // lead after the draw and must fit before its deadline.
        var needed = intake - 1 + plan.NoticeLeadWorkingDays + plan.WindowWorkingDays;
        if (within < needed)
        {
            diagnostics.Error("SV219",
                $"verify_within_working_days is {within}, but an approval granted {intake - 1} working day(s) before the draw needs {needed}: "
                + $"the notice lead ({plan.NoticeLeadWorkingDays}) and a window of {plan.WindowWorkingDays} working day(s) after the draw; "
                + "raise it, or shorten the intake or the window",
                approvals.ValueLocation("verify_within_working_days"));
        }

        var shareText = approvals.Text("share", required: false);
        var share = Share(approvals, "share", 0m, diagnostics);
        if (shareText is null || ParseShare(shareText) == 0)
        {
            diagnostics.Error("SV210", "approvals.share must be a share above 0 and at most 1 (or 100%): the share of the approvals not verified in full", approvals.Location);
        }

        return new ApprovalVerification(intake, within, share, full?.TextList("matters", required: false) ?? [], fullCategories);
    }

    private static PlanScope ReadScope(YamlMap? scope, IReadOnlyList<string> categories, DiagnosticBag diagnostics)
    {
        if (scope is null)
        {
            return new PlanScope([], [], []);
        }

        scope.RejectUnknownKeys("industries", "regions", "categories");
        var scoped = scope.TextList("categories", required: false);
        foreach (var unknown in scoped.Where(c => !categories.Contains(c)))
        {
            diagnostics.Error("SV204", $"category '{unknown}' is not declared in bundle.yaml ({string.Join(", ", categories)})", scope.ValueLocation("categories"));
        }

        return new PlanScope(scope.TextList("industries", required: false), scope.TextList("regions", required: false), scoped);
    }

    private static List<InspectionItem> ReadItems(YamlMap map, IReadOnlyList<string> departments, DiagnosticBag diagnostics)
    {
        var items = new List<InspectionItem>();
        foreach (var entry in map.MapList("items", required: true))
        {
            entry.RejectUnknownKeys("code", "title", "basis", "key", "department");
            var code = entry.Text("code", required: true);
            var title = entry.Text("title", required: true);
            var basis = entry.Text("basis", required: true);
            var key = entry.Text("key", required: false) ?? "false";
            var department = entry.Text("department", required: false);
            if (key is not ("true" or "false"))
            {
                diagnostics.Error("SV205", "key must be true or false", entry.ValueLocation("key"));
            }

            if (department is not null && !departments.Contains(department))
            {
                diagnostics.Error("SV206", $"department '{department}' is not one of the plan's departments", entry.ValueLocation("department"));
            }

            if (code is not null && items.Any(i => i.Code == code))
            {
                diagnostics.Error("SV207", $"item code '{code}' is listed twice", entry.ValueLocation("code"));
            }

            if (code is not null && title is not null && basis is not null)
            {
                items.Add(new InspectionItem(code, title, basis, key == "true", department));
            }
        }

        if (items.Count == 0)
        {
            diagnostics.Error("SV208", "a plan needs at least one inspection item: no inspection without a listed item and its legal basis", map.Location);
        }

        return items;
    }

    // More general items per task than any department has: a typing error (50 for 5), not a wish the draw can fulfil.
    private static void CheckGeneralItems(YamlMap map, List<InspectionItem> items, IReadOnlyList<string> departments, int perTask, DiagnosticBag diagnostics)
    {
        if (items.Count == 0 || departments.Count == 0 || map.Node("general_items_per_task") is null)
        {
            return;
        }

        var most = departments.Max(department => items.Count(i => !i.Key && (i.Department ?? departments[0]) == department));
        if (perTask > most)
        {
            diagnostics.Error("SV216",
                $"general_items_per_task is {perTask}, but no department of the plan has more than {most} general (non-key) item(s); at most {most}",
                map.ValueLocation("general_items_per_task"));
        }
    }

    private static Dictionary<string, decimal> ReadRatios(YamlMap? ratios, IReadOnlyList<string> categories, RatioFloor? floor, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (ratios is null)
        {
            return result;
        }

        ratios.RejectUnknownKeys([.. categories]);
        foreach (var category in categories)
        {
            if (ratios.Text(category, required: false) is { } text)
            {
                if (ParseShare(text) is { } share && share is > 0 and <= 1)
                {
                    result[category] = share;
                    if (floor is not null && (double)share < floor.Minimum && !floor.Exemptions.ContainsKey(category))
                    {
                        var below = string.Create(CultureInfo.InvariantCulture,
                            $"the plan's ratio {share:0.##%} for {category} is below the {floor.Minimum:0.##%} floor ({floor.Basis})");
                        diagnostics.Warning("SV088", below + "; raise it, or exempt the category with its reason under ratio_floor.exempt in bundle.yaml",
                            ratios.ValueLocation(category));
                    }
                }
                else
                {
                    diagnostics.Error("SV209", $"ratio '{text}' must be above 0 and at most 100%", ratios.ValueLocation(category));
                }
            }
        }

        return result;
    }

    private static decimal Share(YamlMap map, string key, decimal fallback, DiagnosticBag diagnostics)
    {
        var text = map.Text(key, required: false);
        if (text is null)
        {
            return fallback;
        }

        if (ParseShare(text) is { } share && share is >= 0 and <= 1)
        {
            return share;
        }

        diagnostics.Error("SV210", $"{key} must be a share from 0 to 1 (or 0% to 100%)", map.ValueLocation(key));
        return fallback;
    }

    /// <summary>An exact decimal from "0.05" or "5%".</summary>
    public static decimal? ParseShare(string text)
    {
        var percent = text.EndsWith('%');
        return decimal.TryParse(percent ? text[..^1] : text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? percent ? value / 100 : value
            : null;
    }

    private static int Whole(YamlMap map, string key, int fallback, int min, int max, DiagnosticBag diagnostics, string? why = null)
    {
        var text = map.Text(key, required: false);
        if (text is null)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        diagnostics.Error("SV211", $"{key} must be a whole number from {min} to {max}{(why is null ? "" : ": " + why)}", map.ValueLocation(key));
        return fallback;
    }

    private static DateOnly? Date(YamlMap? map, string key, DiagnosticBag diagnostics)
    {
        var text = map?.Text(key, required: true);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        diagnostics.Error("SV212", $"'{text}' is not a yyyy-MM-dd date", map!.ValueLocation(key));
        return null;
    }

    // Not '-' first: the id starts a cell of the draw's population.csv, which must never start like a formula.
    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9_-]*$")]
    private static partial Regex IdPattern();
}
