using Supervision.Application.Bundles;
using Supervision.Draws.Calendar;
using Supervision.Draws.Drawing;
using Supervision.Rules.Diagnostics;
using Supervision.Tests.Support;

namespace Supervision.Tests.Draws;

/// <summary>Task windows lie within the period and never start before the draw date plus the plan's notice lead.</summary>
public sealed class WindowLeadTests
{
    [Fact]
    public void DrawLateInThePeriod_EveryWindowStartsAfterTheDrawDatePlusTheLead()
    {
        // The case: a December plan drawn on 2026-12-21 put 301 of 421 windows before the draw date.
        var asOf = new DateOnly(2026, 12, 21);

        var result = DrawWorld.Run(DrawWorld.Plan(), DrawWorld.Candidates(400), DrawWorld.Inspectors(20), asOf: asOf);

        var earliest = DrawWorld.Calendar.AddWorkingDays(asOf, 1);
        Assert.NotEmpty(result.Record.Outcome.Tasks);
        Assert.All(result.Record.Outcome.Tasks, t => Assert.True(t.WindowFrom >= earliest && t.WindowTo <= new DateOnly(2026, 12, 31), $"{t.TaskId}: {t.WindowFrom}–{t.WindowTo}"));
        Assert.Equal(earliest, result.Record.Plans[0].WorkingDays[0]);
    }

    [Theory]
    [InlineData("2026-11-27", 1, "2026-12-01")] // a Friday: the lead's working day is Monday 11-30, before the period: the period's first day
    [InlineData("2026-12-04", 1, "2026-12-07")] // a Friday: the next working day is Monday
    [InlineData("2026-12-07", 0, "2026-12-07")] // no lead: the draw date itself, a working day
    [InlineData("2026-12-05", 0, "2026-12-07")] // no lead on a Saturday: the next working day
    [InlineData("2026-12-07", 3, "2026-12-10")]
    public void WindowStart_IsTheLaterOfThePeriodAndTheLeadAfterTheDrawDate(string asOf, int lead, string expected)
    {
        var plan = DrawWorld.Plan() with { NoticeLeadWorkingDays = lead };

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            DrawRunner.WindowStart(plan, DrawWorld.Calendar, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void PlanWithNoDayLeft_IsRefusedWithADiagnostic_NotACrash()
    {
        var diagnostics = new DiagnosticBag();

        var ok = CalendarCoverage.CheckWindows([DrawWorld.Plan(from: "2026-09-14", to: "2026-09-30")], DrawWorld.Calendar, new DateOnly(2026, 11, 27), "calendar.csv", diagnostics);

        Assert.False(ok);
        Assert.Contains(diagnostics.Items, d => d.Code == "SV228" && d.Message.Contains("no working day is left", StringComparison.Ordinal));
    }

    [Fact]
    public void DrawOnTheLastDayTheCalendarKnows_IsRefusedNamingTheMissingYear()
    {
        var diagnostics = new DiagnosticBag();

        CalendarCoverage.CheckWindows([DrawWorld.Plan()], DrawWorld.Calendar, new DateOnly(2026, 12, 31), "calendar.csv", diagnostics);

        Assert.Contains(diagnostics.Items, d => d.Code == "SV227" && d.Message.Contains("2027", StringComparison.Ordinal));
    }

    [Fact]
    public void RulesCheck_WarnsThatTheShippedDecemberPlansDeadlinesRunPastTheCalendar()
    {
        var check = CheckBundle.Run(RepoPaths.Rules);

        Assert.NotNull(check.Bundle);
        Assert.Contains(check.Diagnostics, d => d.Code == "SV229" && d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("2027", StringComparison.Ordinal));
    }

    [Fact]
    public void DrawCommand_PlanPastTheCalendar_ExitsWithTheMissingYearNamed_NoStackTrace()
    {
        using var directory = new Supervision.Tests.Import.TempDirectory();
        var plan = Path.Combine(directory.Path, "2027.yaml");
        File.WriteAllText(plan, File.ReadAllText(Path.Combine(RepoPaths.Rules, "plans", "2026-12-market.yaml"))
            .Replace("period: { from: 2026-12-01, to: 2026-12-31 }", "period: { from: 2027-01-04, to: 2027-01-29 }", StringComparison.Ordinal));

        var (code, stdout, stderr) = Cli.CliRunner.Run("draw", "--data", RepoPaths.DataSamples, "--rules", RepoPaths.Rules, "--as-of", "2026-11-27",
            "--plan", plan, "--seed", DrawWorld.Seed, "--out", Path.Combine(directory.Path, "out"));

        Assert.Equal(2, code);
        Assert.Contains("2027", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
    }
}
