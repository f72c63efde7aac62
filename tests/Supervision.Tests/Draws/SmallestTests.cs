using Supervision.Draws.Drawing;

namespace Supervision.Tests.Draws;

/// <summary>Quickselect puts exactly the n smallest first: checked against a full sort on random, sorted, reversed and repetitive inputs.</summary>
public sealed class SmallestTests
{
    [Fact]
    public void Partition_FirstNAreTheNSmallest_ForEveryN()
    {
        var random = new Random(20261208);
        foreach (var length in (int[])[0, 1, 2, 3, 7, 64, 501])
        {
            int[][] inputs =
            [
                [.. Enumerable.Range(0, length).Select(_ => random.Next(1_000_000))],
                [.. Enumerable.Range(0, length)],
                [.. Enumerable.Range(0, length).Reverse()],
                [.. Enumerable.Range(0, length).Select(i => i % 3)],
            ];
            foreach (var input in inputs)
            {
                var sorted = input.Order().ToArray();
                for (var n = 0; n <= length; n += Math.Max(1, length / 13))
                {
                    var items = input.ToArray();
                    Smallest.Partition<int>(items, n, (a, b) => a.CompareTo(b));
                    Assert.Equal(sorted[..n], items[..n].Order());
                    Assert.Equal(sorted, items.Order());
                }
            }
        }
    }
}
