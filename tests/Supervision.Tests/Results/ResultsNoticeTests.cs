using Supervision.Data.Results;
using Supervision.Draws.Calendar;
using Supervision.Tests.Import;
using Supervision.Tests.Support;

namespace Supervision.Tests.Results;

/// <summary>The results notice: 20 working days from the inspection, beyond-calendar dates said so, late ones flagged.</summary>
public sealed class ResultsNoticeTests
{
    private static WorkingDayCalendar Calendar => WorkingDayCalendar.Load(Path.Combine(RepoPaths.Rules, "calendar", "cn-working-days.csv"));

    [Theory]
    [InlineData("2026-12-01", "2026-12-29")]
    [InlineData("2026-12-03", "2026-12-31")]
    [InlineData("2026-12-04", null)]
    public void Due_TwentyWorkingDays_OrUnknownBeyondTheCalendar(string inspected, string? due)
    {
        var result = PublicationDeadline.Due(Calendar, DateOnly.Parse(inspected, System.Globalization.CultureInfo.InvariantCulture), 20);

        Assert.Equal(due, result?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2026-12-29", false)]
    [InlineData("2026-12-30", true)]
    public void IsOverdue_PublishedAfterTheDueDay(string publishedOn, bool overdue)
        => Assert.Equal(overdue, PublicationDeadline.IsOverdue(new DateOnly(2026, 12, 29), DateOnly.Parse(publishedOn, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Write_SampleResults_FlagsLateOnesAndRevealsNoCategory()
    {
        using var directory = new TempDirectory();
        SampleResults.Decide(directory.Path);
        var imported = ResultImporter.Import(SampleResults.ResultsPath, SampleResults.Draw);

        var (published, overdue, _) = ResultsNoticeWriter.Write(directory.Path, SampleResults.Draw, imported.Rows,
            DecisionCsv.Read(Path.Combine(directory.Path, DecisionCsv.File)), Calendar, SampleResults.DecidedOn);

        Assert.Equal(24, published);
        Assert.Equal(6, overdue);
        var notice = File.ReadAllText(Path.Combine(directory.Path, "results-notice.csv"));
        Assert.Contains("经营者未按规定明码标价（首次被发现）（不予处罚）", notice, StringComparison.Ordinal);
        Assert.Contains("超出工作日历", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("blacklist", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("verification", notice, StringComparison.Ordinal);
        Assert.Contains("逾期公示", File.ReadAllText(Path.Combine(directory.Path, "results-notice.html")), StringComparison.Ordinal);
    }
}
