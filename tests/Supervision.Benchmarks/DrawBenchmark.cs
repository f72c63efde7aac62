using Supervision.Rules.Bundle;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Supervision.Draws.Calendar;
using Supervision.Draws.Drawing;
using Supervision.Draws.Plans;
using Supervision.Model.Registry;

namespace Supervision.Benchmarks;

/// <summary>
/// A draw over N eligible enterprises with M inspectors in one department: eligibility, snapshot, selection, windows,
/// items, joint visits and teams, timed apart from building the inputs.
/// </summary>
internal static class DrawBenchmark
{
    public static string Run(int count, int inspectorCount, string rules)
    {
        var asOf = new DateOnly(2026, 11, 27);
        var candidates = new List<DrawCandidate>(count);
        for (var i = 0; i < count; i++)
        {
            var category = (i % 50) switch { 0 or 1 => "I", < 8 => "II", < 25 => "III", _ => "IV" };
            var ratio = category switch { "I" => 0.3m, "II" => 0.1m, "III" => 0.05m, _ => 0.03m };
            candidates.Add(new DrawCandidate(Uscc(i), "企业" + i.ToString(CultureInfo.InvariantCulture), "C2614", "综合保税区", OperatingStatus.Operating,
                category, ratio, 1, false, "routine", null, [], new Dictionary<string, int>(), []));
        }

        var inspectors = Enumerable.Range(1, inspectorCount)
            .Select(i => new Inspector($"X{i:D5}", $"检查员{i}", "市场监管局", $"C{i}", new DateOnly(2028, 1, 1), "综合保税区", [], []))
            .ToList();
        var plan = new InspectionPlan("BENCH", "基准计划", ["市场监管局"], new PlanScope([], [], []), new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31), 5,
            [new InspectionItem("K1", "重点", "依据", true, null), new InspectionItem("G1", "一般1", "依据", false, null),
             new InspectionItem("G2", "一般2", "依据", false, null), new InspectionItem("G3", "一般3", "依据", false, null)],
            2, new Dictionary<string, decimal>(), 0.01m, 2, 4, 30, 2, 1000, [], 20, "30 2 * * *", "bench.yaml", "bench");
        var calendar = WorkingDayCalendar.Load(Path.Combine(rules, "calendar", "cn-working-days.csv"));
        var seed = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("bench")));
        var parts = Stopwatch.StartNew();
        var (entries, _, poolRules) = Eligibility.Freeze(plan, ["I", "II", "III", "IV"], RegimeEffects.Standard, candidates, asOf);
        var freeze = parts.Elapsed.TotalSeconds;
        parts.Restart();
        var snapshot = Supervision.Draws.Record.PopulationSnapshot.Write(entries);
        var write = parts.Elapsed.TotalSeconds;
        Console.Error.WriteLine($"freeze {freeze:0.00} s, snapshot {write:0.00} s ({snapshot.Length / 1e6:0} MB)");
        var pausesBefore = GC.GetTotalPauseDuration();
        var watch = Stopwatch.StartNew();
        var result = DrawRunner.Run([plan], ["I", "II", "III", "IV"], RegimeEffects.Standard, candidates, inspectors, calendar, asOf, seed, "bench");
        var drawSeconds = watch.Elapsed.TotalSeconds;
        var pauses = (GC.GetTotalPauseDuration() - pausesBefore).TotalSeconds;

        // The draw's own peak (the candidates and the draw), before the verification draws
        // a second time beside the first.
        var drawPeak = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
        watch.Restart();
        var problems = DrawVerifier.Verify(result.Record, result.PopulationSnapshot);
        var verifySeconds = watch.Elapsed.TotalSeconds;
        var tasks = result.Record.Outcome.Tasks;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
        return string.Create(CultureInfo.InvariantCulture,
            $"| draw | {count:N0} eligible, {inspectorCount:N0} inspectors | {drawSeconds:0.00} | {pauses:0.00} | {tasks.Count:N0} tasks, {tasks.Count(t => t.UnassignedReason is not null):N0} unassigned | verify {verifySeconds:0.00} s ({problems.Count} differences) | {drawPeak:N0} | {peak:N0} |");
    }

    private static string Uscc(int i)
    {
        var first = "91210800MA" + i.ToString("D7", CultureInfo.InvariantCulture);
        return first + Supervision.Model.Registry.Uscc.CheckCharacter(first);
    }
}
