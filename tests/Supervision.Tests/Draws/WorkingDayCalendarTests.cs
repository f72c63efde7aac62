using Supervision.Draws.Calendar;

namespace Supervision.Tests.Draws;

public sealed class WorkingDayCalendarTests
{
    [Theory]
    [InlineData("2026-02-13", true)]   // Friday before Spring Festival
    [InlineData("2026-02-14", true)]   // Saturday: make-up working day (春节调休上班)
    [InlineData("2026-02-15", false)]  // Spring Festival holiday starts (Sunday)
    [InlineData("2026-02-16", false)]  // Monday, holiday
    [InlineData("2026-02-23", false)]  // last holiday day
    [InlineData("2026-02-24", true)]   // back to work
    [InlineData("2026-02-28", true)]   // Saturday: make-up working day
    [InlineData("2026-09-20", true)]   // Sunday: National Day make-up working day
    [InlineData("2026-10-01", false)]  // National Day
    [InlineData("2026-10-07", false)]
    [InlineData("2026-10-08", true)]
    [InlineData("2026-10-10", true)]   // Saturday: make-up working day
    [InlineData("2026-10-11", false)]  // Sunday
    [InlineData("2024-02-04", true)]   // 2024 Spring Festival make-up Sunday
    public void IsWorkingDay_AroundSpringFestivalAndNationalDay_FollowsTheStateCouncilSchedule(string date, bool working)
        => Assert.Equal(working, DrawWorld.Calendar.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void AddWorkingDays_AcrossSpringFestival_SkipsTheHolidayAndCountsMakeUpDays()
    {
        // 2026-02-12 (Thu) + 1 = Fri 13, + 2 = Sat 14 (make-up), + 3 = Tue 24 (after the holiday).
        Assert.Equal(new DateOnly(2026, 2, 14), DrawWorld.Calendar.AddWorkingDays(new DateOnly(2026, 2, 12), 2));
        Assert.Equal(new DateOnly(2026, 2, 24), DrawWorld.Calendar.AddWorkingDays(new DateOnly(2026, 2, 12), 3));
    }

    [Fact]
    public void AddWorkingDays_TwentyAfterNationalDay2026_IsWhereThePublicationDeadlineFalls()
    {
        // Window ending 2026-09-30: 20 working days later, skipping 10-01..10-07 and counting Saturday 10-10.
        Assert.Equal(new DateOnly(2026, 11, 3), DrawWorld.Calendar.AddWorkingDays(new DateOnly(2026, 9, 30), 20));
    }

    [Fact]
    public void IsWorkingDay_YearTheCalendarDoesNotKnow_SaysSoClearly()
    {
        var error = Assert.Throws<CalendarOutOfRangeException>(() => DrawWorld.Calendar.IsWorkingDay(new DateOnly(2027, 1, 4)));

        Assert.Contains("2027-01-04 is outside the working-day calendar", error.Message, StringComparison.Ordinal);
        Assert.Contains("2024, 2025, 2026", error.Message, StringComparison.Ordinal);
    }
}
