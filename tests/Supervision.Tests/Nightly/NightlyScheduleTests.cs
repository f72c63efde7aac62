using Supervision.Jobs;

namespace Supervision.Tests.Nightly;

/// <summary>The --cron schedule is read in Asia/Shanghai time.</summary>
public sealed class NightlyScheduleTests
{
    [Fact]
    public void TryNext_Default_IsHalfPastTwoTheNextNightInShanghai()
    {
        var now = new DateTimeOffset(2026, 11, 27, 1, 0, 0, TimeSpan.Zero); // 09:00 in Shanghai

        var valid = NightlySchedule.TryNext(NightlySchedule.DefaultCron, now, out var next, out _);

        Assert.True(valid);
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 2, 30, 0, TimeSpan.FromHours(8)), next);
        Assert.Equal(TimeSpan.FromHours(8), next.Offset);
    }

    [Fact]
    public void TryNext_JustBeforeTheTickInShanghai_IsThatSameNight()
    {
        var now = new DateTimeOffset(2026, 11, 27, 18, 29, 0, TimeSpan.Zero); // 02:29 on the 28th in Shanghai

        NightlySchedule.TryNext("30 2 * * *", now, out var next, out _);

        Assert.Equal(new DateTimeOffset(2026, 11, 27, 18, 30, 0, TimeSpan.Zero), next);
    }

    [Theory]
    [InlineData("61 2 * * *")]
    [InlineData("30 2 * *")]
    [InlineData("0 30 2 * * *")]
    [InlineData("nightly")]
    public void TryNext_InvalidExpression_IsRefusedWithAReason(string cron)
    {
        var valid = NightlySchedule.TryNext(cron, DateTimeOffset.UnixEpoch, out _, out var error);

        Assert.False(valid);
        Assert.NotEmpty(error);
    }
}
