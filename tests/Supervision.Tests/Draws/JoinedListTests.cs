using Supervision.Draws.Drawing;

namespace Supervision.Tests.Draws;

public sealed class JoinedListTests
{
    [Fact]
    public void Parts_WithEmptyOnes_ReadAsOneListInPartOrder()
    {
        var joined = new JoinedList<int>([[], [1, 2], [], [], [3], [4, 5, 6], []]);

        Assert.Equal(6, joined.Count);
        Assert.Equal([1, 2, 3, 4, 5, 6], Enumerable.Range(0, joined.Count).Select(i => joined[i]));
        Assert.Equal([1, 2, 3, 4, 5, 6], joined);
    }

    [Fact]
    public void Index_OutsideTheParts_IsRefused()
    {
        var joined = new JoinedList<int>([[1], []]);

        Assert.Throws<ArgumentOutOfRangeException>(() => joined[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => joined[-1]);
        Assert.Empty(new JoinedList<int>([]));
    }
}
