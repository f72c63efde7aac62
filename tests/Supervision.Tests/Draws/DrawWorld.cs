using System.Globalization;
using Supervision.Draws.Calendar;
using Supervision.Draws.Drawing;
using Supervision.Draws.Plans;
using Supervision.Model.Registry;
using Supervision.Rules.Bundle;
using Supervision.Tests.Import;
using Supervision.Tests.Support;

namespace Supervision.Tests.Draws;

/// <summary>Small, fully controlled draw inputs.</summary>
internal static class DrawWorld
{
    public const string Seed = "5eed000000000000000000000000000000000000000000000000000000000001";
    public static readonly DateOnly AsOf = new(2026, 11, 27);
    public static readonly IReadOnlyList<string> Categories = ["I", "II", "III", "IV"];
    private static readonly Lazy<WorkingDayCalendar> LazyCalendar = new(() => WorkingDayCalendar.Load(Path.Combine(RepoPaths.Rules, "calendar", "cn-working-days.csv")));

    public static WorkingDayCalendar Calendar => LazyCalendar.Value;

    public static InspectionPlan Plan(string id = "P1", string department = "市场监管局", int teamSize = 2, int maxTasks = 50, int capPerDepartment = 2,
        IReadOnlyList<string>? categories = null, string from = "2026-12-01", string to = "2026-12-31", decimal verification = 0.01m,
        IReadOnlyList<string>? leadCertifications = null)
        => new(id, "测试计划", [department], new PlanScope([], [], categories ?? []), DateOnly.Parse(from, CultureInfo.InvariantCulture),
            DateOnly.Parse(to, CultureInfo.InvariantCulture), 5,
            [new InspectionItem("K1", "重点事项", "依据1", true, null), new InspectionItem("G1", "一般1", "依据2", false, null),
             new InspectionItem("G2", "一般2", "依据3", false, null), new InspectionItem("G3", "一般3", "依据4", false, null)],
            2, new Dictionary<string, decimal>(), verification, capPerDepartment, 4, 30, teamSize, maxTasks, leadCertifications ?? [], 20, "30 2 * * *", "plans/test.yaml", "hash");

    /// <summary>n enterprises spread over the categories (I rare, IV common), some blacklisted, some trigger-only.</summary>
    public static List<DrawCandidate> Candidates(int n, Func<int, DrawCandidate, DrawCandidate>? tweak = null)
    {
        var list = new List<DrawCandidate>();
        for (var i = 0; i < n; i++)
        {
            var category = (i % 20) switch { 0 => "I", < 4 => "II", < 10 => "III", _ => "IV" };
            var ratio = category switch { "I" => 0.3m, "II" => 0.1m, "III" => 0.05m, _ => 0.03m };
            var regime = i % 97 == 5 ? "blacklist" : i % 7 == 6 && category == "IV" ? "trigger_only" : "routine";
            var candidate = new DrawCandidate(TestUscc.Valid(i), $"企业{i}", "C2614", "综合保税区", OperatingStatus.Operating, regime == "blacklist" ? "I" : category,
                regime == "blacklist" ? 1m : ratio, 1, false, regime, null, [], new Dictionary<string, int>(), []);
            list.Add(tweak is null ? candidate : tweak(i, candidate));
        }

        return list;
    }

    public static List<Inspector> Inspectors(int n, string department = "市场监管局", Func<int, Inspector, Inspector>? tweak = null)
        => [.. Enumerable.Range(1, n).Select(i =>
        {
            var inspector = new Inspector($"X{i:D3}", $"检查员{i}", department, $"C{i}", new DateOnly(2028, 1, 1), "综合保税区", [], []);
            return tweak is null ? inspector : tweak(i, inspector);
        })];

    public static DrawResult Run(InspectionPlan plan, List<DrawCandidate> candidates, List<Inspector> inspectors, string seed = Seed, DateOnly? asOf = null)
        => DrawRunner.Run([plan], Categories, RegimeEffects.Standard, candidates, inspectors, Calendar, asOf ?? AsOf, seed, "bundle");
}
