using Supervision.Draws.Drawing;
using Supervision.Draws.Record;
using Supervision.Tests.Cli;
using Supervision.Tests.Support;

namespace Supervision.Tests.Draws;

/// <summary>`draw verify --calendar`: every plan's working days are the calendar's, nothing taken as given.</summary>
public sealed class CalendarVerifierTests
{
    private static readonly string Golden = Path.Combine(RepoPaths.Root, "tests", "Supervision.Tests", "Golden", "draw-2026-11-27");

    [Fact]
    public void GoldenDraw_AgainstTheShippedCalendar_HasNoProblem()
        => Assert.Empty(CalendarVerifier.Verify(RecordJson.Read(Path.Combine(Golden, "draw-record.json")), DrawWorld.Calendar));

    [Fact]
    public void AWorkingDayRemoved_OrAWeekendDayAdded_OrWindowsBeforeTheDrawDate_AreCaught()
    {
        var record = RecordJson.Read(Path.Combine(Golden, "draw-record.json"));
        var plan = record.Plans[0];

        var removed = record with { Plans = [plan with { WorkingDays = [.. plan.WorkingDays.Where((_, i) => i != 3)] }, .. record.Plans.Skip(1)] };
        var saturday = new DateOnly(2026, 12, 5);
        var added = record with { Plans = [plan with { WorkingDays = [.. plan.WorkingDays.Append(saturday).Order()] }, .. record.Plans.Skip(1)] };
        var early = record with { AsOf = new DateOnly(2026, 12, 10) };

        Assert.Contains(CalendarVerifier.Verify(removed, DrawWorld.Calendar), p => p.Contains($"missing {plan.WorkingDays[3]:yyyy-MM-dd}", StringComparison.Ordinal));
        Assert.Contains(CalendarVerifier.Verify(added, DrawWorld.Calendar), p => p.Contains("not working days 2026-12-05", StringComparison.Ordinal));
        Assert.Contains(CalendarVerifier.Verify(early, DrawWorld.Calendar), p => p.Contains("before the draw date", StringComparison.Ordinal));
        Assert.Contains(CalendarVerifier.Verify(record with { CalendarHash = new string('0', 64) }, DrawWorld.Calendar), p => p.StartsWith("calendar:", StringComparison.Ordinal));
    }

    [Fact]
    public void ALeadingWorkingDayRemoved_OrANoticeLeadThatDoesNotFitTheFirstDay_IsCaught_TheDefaultLeadIsNotWritten()
    {
        var record = RecordJson.Read(Path.Combine(Golden, "draw-record.json"));
        var plan = record.Plans[0];

        // A forger drops the first window day and leaves the rest consistent: the windows now start a day late.
        var late = record with { Plans = [plan with { WorkingDays = [.. plan.WorkingDays.Skip(1)] }, .. record.Plans.Skip(1)] };
        var longerLead = record with { Plans = [plan with { NoticeLeadWorkingDays = 5 }, .. record.Plans.Skip(1)] };

        Assert.Contains(CalendarVerifier.Verify(late, DrawWorld.Calendar),
            p => p.Contains($"but the calendar, the draw date 2026-11-27 and a notice lead of 1 working day(s) put the first window day on {plan.WorkingDays[0]:yyyy-MM-dd}", StringComparison.Ordinal));
        Assert.Contains(CalendarVerifier.Verify(longerLead, DrawWorld.Calendar), p => p.Contains("a notice lead of 5 working day(s) put the first window day on 2026-12-04", StringComparison.Ordinal));
        Assert.DoesNotContain("notice_lead", File.ReadAllText(Path.Combine(Golden, "draw-record.json")), StringComparison.Ordinal);
        Assert.Contains("\"notice_lead_working_days\": 5", RecordJson.Serialize(longerLead), StringComparison.Ordinal);
        Assert.Equal(5, System.Text.Json.JsonSerializer.Deserialize<DrawRecord>(RecordJson.Serialize(longerLead), RecordJson.Options)!.Plans[0].NoticeLead);
    }

    [Fact]
    public void Cli_ForgedWorkingDay_Exits6_WithTheCalendar()
    {
        using var directory = new Supervision.Tests.Import.TempDirectory();
        var record = RecordJson.Read(Path.Combine(Golden, "draw-record.json"));
        var plan = record.Plans[0];
        var forged = record with { Plans = [plan with { WorkingDays = [.. plan.WorkingDays.Where((_, i) => i != 5)] }, .. record.Plans.Skip(1)] };
        var path = Path.Combine(directory.Path, "draw-record.json");
        File.WriteAllText(path, RecordJson.Serialize(forged));
        var calendar = Path.Combine(RepoPaths.Rules, "calendar", "cn-working-days.csv");

        var (code, stdout, _) = CliRunner.Run("draw", "verify", path, "--population", Path.Combine(Golden, "population.csv"), "--calendar", calendar);

        Assert.Equal(6, code);
        Assert.Contains("working days", stdout, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("draw", "verify", Path.Combine(Golden, "draw-record.json"), "--population", Path.Combine(Golden, "population.csv"),
            "--calendar", calendar).ExitCode);
    }
}
