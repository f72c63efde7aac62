using System.Globalization;
using Supervision.Draws.Drawing;
using Supervision.Model.Registry;
using Supervision.Rules.Bundle;
using Supervision.Rules.Diagnostics;

namespace Supervision.Draws.Plans.Testing;

/// <summary>
/// Reads <c>plans/tests/*.yaml</c>: a file's <c>as_of</c> and <c>given</c> (an enterprise's registry facts and its
/// assessment) are the defaults of its cases; each case names its plan, may change what is given, and adds this year's
/// inspections, case leads and approvals. Format: docs/rule-language.md, "Plan tests".
/// </summary>
public static class PlanTestReader
{
    /// <summary>The directory, under a plans directory, that holds the plan tests.</summary>
    public const string TestsDirectory = "tests";

    private static readonly string[] GivenKeys =
        ["name", "industry_code", "region", "status", "category", "ratio", "min_count", "exempt", "regime", "assessment_error"];

    /// <summary>The cases of every test file in <paramref name="plansDirectory"/>/tests, and how many could not be read.</summary>
    public static (IReadOnlyList<PlanTestCase> Cases, int NotRun) Read(string plansDirectory, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var directory = Path.Combine(plansDirectory, TestsDirectory);
        var cases = new List<PlanTestCase>();
        var notRun = 0;
        if (!Directory.Exists(directory))
        {
            return (cases, 0);
        }

        var number = 0;
        foreach (var path in Directory.GetFiles(directory, "*.yaml").Order(StringComparer.Ordinal))
        {
            var display = $"plans/{TestsDirectory}/{Path.GetFileName(path)}";
            var file = YamlMap.Load(path, display, diagnostics);
            if (file is null)
            {
                notRun++;
                continue;
            }

            file.RejectUnknownKeys("as_of", "given", "cases");
            var fileAsOf = Date(file, "as_of", diagnostics);
            var fileGiven = file.Map("given", required: false);
            fileGiven?.RejectUnknownKeys(GivenKeys);
            foreach (var entry in file.MapList("cases", required: true))
            {
                var errors = diagnostics.Items.Count(d => d.Severity == DiagnosticSeverity.Error);
                entry.RejectUnknownKeys("name", "plan", "as_of", "given", "inspections_this_year", "triggers", "approvals", "expect");
                var asOf = Date(entry, "as_of", diagnostics) ?? fileAsOf;
                if (asOf is null)
                {
                    diagnostics.Error("SV230", "a plan test case needs an as_of date, its own or its file's", entry.Location);
                }

                var uscc = $"CASE{++number:D14}";
                var candidate = Candidate(uscc, fileGiven, entry.Map("given", required: false), diagnostics);
                candidate = candidate with
                {
                    InspectionsThisYear = Inspections(entry, diagnostics),
                    Triggers = [.. entry.MapList("triggers", required: false).Select(t => Trigger(uscc, t, diagnostics))],
                    PendingApprovals = [.. entry.MapList("approvals", required: false).Select((a, i) => Approval(uscc, i, a, diagnostics))],
                };
                var expect = Expectation(entry.Map("expect", required: true), diagnostics);
                var plan = entry.Text("plan", required: true);
                if (diagnostics.Items.Count(d => d.Severity == DiagnosticSeverity.Error) > errors || plan is null || expect is null || asOf is null)
                {
                    notRun++;
                    continue;
                }

                cases.Add(new PlanTestCase(entry.Text("name", required: true) ?? "", entry.Location, plan, asOf.Value, candidate, expect));
            }
        }

        return (cases, notRun);
    }

    private static DrawCandidate Candidate(string uscc, YamlMap? fileGiven, YamlMap? caseGiven, DiagnosticBag diagnostics)
    {
        caseGiven?.RejectUnknownKeys(GivenKeys);
        string? Text(string key) => caseGiven?.Text(key, required: false) ?? fileGiven?.Text(key, required: false);
        YamlMap? Owner(string key) => caseGiven?.Node(key) is not null ? caseGiven : fileGiven;

        var status = OperatingStatus.Operating;
        if (Text("status") is { } statusText && !Enum.TryParse(statusText, ignoreCase: true, out status))
        {
            diagnostics.Error("SV231", $"status must be operating, dormant, revoked or deregistered, found '{statusText}'", Owner("status")!.ValueLocation("status"));
        }

        var ratio = 0m;
        if (Text("ratio") is { } ratioText && PlanLoader.ParseShare(ratioText) is not { } parsed)
        {
            diagnostics.Error("SV231", $"ratio must be a share such as 5% or 0.05, found '{ratioText}'", Owner("ratio")!.ValueLocation("ratio"));
        }
        else if (Text("ratio") is { } text)
        {
            ratio = PlanLoader.ParseShare(text)!.Value;
        }

        var minCount = 1;
        if (Text("min_count") is { } minText && !int.TryParse(minText, NumberStyles.None, CultureInfo.InvariantCulture, out minCount))
        {
            diagnostics.Error("SV231", $"min_count must be a whole number, found '{minText}'", Owner("min_count")!.ValueLocation("min_count"));
        }

        var error = Text("assessment_error");
        return new DrawCandidate(uscc, Text("name") ?? "测试企业", Text("industry_code") ?? "", Text("region") ?? "", status,
            error is null ? Text("category") ?? "" : "", ratio, minCount, Text("exempt") == "true", Text("regime") ?? "routine", error, [],
            new Dictionary<string, int>(StringComparer.Ordinal), []);
    }

    private static Dictionary<string, int> Inspections(YamlMap entry, DiagnosticBag diagnostics)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in entry.MapList("inspections_this_year", required: false))
        {
            item.RejectUnknownKeys("department", "count");
            var department = item.Text("department", required: true);
            var text = item.Text("count", required: true);
            if (department is not null && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                counts[department] = count;
            }
            else if (text is not null)
            {
                diagnostics.Error("SV231", $"count must be a whole number, found '{text}'", item.ValueLocation("count"));
            }
        }

        return counts;
    }

    private static TriggerRecord Trigger(string uscc, YamlMap trigger, DiagnosticBag diagnostics)
    {
        trigger.RejectUnknownKeys("kind", "reference", "date");
        return new TriggerRecord(uscc, Date(trigger, "date", diagnostics, required: true) ?? default, trigger.Text("kind", required: true) ?? "",
            trigger.Text("reference", required: false) ?? "TEST");
    }

    private static Approval Approval(string uscc, int index, YamlMap approval, DiagnosticBag diagnostics)
    {
        approval.RejectUnknownKeys("approval_no", "kind", "matter", "department", "granted_on");
        var kindText = approval.Text("kind", required: false) ?? "commitment";
        var kind = kindText switch
        {
            "commitment" => ApprovalKind.Commitment,
            "credit" => ApprovalKind.Credit,
            _ => ApprovalKind.Commitment,
        };
        if (kindText is not ("commitment" or "credit"))
        {
            diagnostics.Error("SV231", $"kind must be commitment or credit, found '{kindText}'", approval.ValueLocation("kind"));
        }

        return new Approval(approval.Text("approval_no", required: false) ?? $"TEST-{index + 1}", uscc, kind, approval.Text("matter", required: true) ?? "",
            approval.Text("department", required: true) ?? "", Date(approval, "granted_on", diagnostics, required: true) ?? default, [], null, null);
    }

    private static PlanTestExpectation? Expectation(YamlMap? expect, DiagnosticBag diagnostics)
    {
        if (expect is null)
        {
            return null;
        }

        expect.RejectUnknownKeys("pool", "excluded", "not_in_plan", "ratio", "period_to", "note");
        decimal? ratio = null;
        if (expect.Text("ratio", required: false) is { } text)
        {
            ratio = PlanLoader.ParseShare(text);
            if (ratio is null)
            {
                diagnostics.Error("SV231", $"ratio must be a share such as 5% or 0.05, found '{text}'", expect.ValueLocation("ratio"));
            }
        }

        var expectation = new PlanTestExpectation(expect.Text("pool", required: false), expect.Text("excluded", required: false),
            expect.Text("not_in_plan", required: false) == "true", ratio, Date(expect, "period_to", diagnostics), expect.Text("note", required: false));
        if (expectation.Pool is null && expectation.Excluded is null && !expectation.NotInPlan)
        {
            diagnostics.Error("SV232", "expect needs one of pool, excluded or not_in_plan: true", expect.Location);
        }

        return expectation;
    }

    private static DateOnly? Date(YamlMap map, string key, DiagnosticBag diagnostics, bool required = false)
    {
        var text = map.Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        diagnostics.Error("SV212", $"'{text}' is not a yyyy-MM-dd date", map.ValueLocation(key));
        return null;
    }
}
