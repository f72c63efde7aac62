using Supervision.Model.Randomness;

namespace Supervision.Tests.Synthetic;

public sealed class SeededRandomTests
{
    [Fact]
    public void SplitMix64_SeedZero_GivesPublishedFirstOutputs()
    {
        ulong state = 0;

        var first = SeededRandom.SplitMix64(ref state);
        var second = SeededRandom.SplitMix64(ref state);

        // Reference outputs of SplitMix64 seeded with 0 (Vigna's splitmix64.c).
        Assert.Equal((0xE220A8397B1DCDAFUL, 0x6E789E6AA1B965F4UL), (first, second));
    }

    [Fact]
    public void NextUInt64_StateOneTwoThreeFour_GivesReferenceOutputs()
    {
        var random = SeededRandom.FromState(1, 2, 3, 4);

        var outputs = Enumerable.Range(0, 4).Select(_ => random.NextUInt64()).ToList();

        // Reference outputs of xoshiro256** 1.0 (Blackman and Vigna's xoshiro256starstar.c) from the state {1, 2, 3, 4}.
        Assert.Equal([11520UL, 0UL, 1509978240UL, 1215971899390074240UL], outputs);
    }

    [Fact]
    public void NextUInt64_SameSeed_SameSequence()
    {
        var a = new SeededRandom(42);
        var b = new SeededRandom(42);

        var first = Enumerable.Range(0, 100).Select(_ => a.NextUInt64()).ToList();
        var second = Enumerable.Range(0, 100).Select(_ => b.NextUInt64()).ToList();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Derive_DifferentIndexOrStream_GivesDifferentSequences()
    {
        var baseline = SeededRandom.Derive(7, 1, 0).NextUInt64();

        var otherIndex = SeededRandom.Derive(7, 1, 1).NextUInt64();
        var otherStream = SeededRandom.Derive(7, 2, 0).NextUInt64();
        var otherSeed = SeededRandom.Derive(8, 1, 0).NextUInt64();
        var again = SeededRandom.Derive(7, 1, 0).NextUInt64();

        Assert.Equal(baseline, again);
        Assert.Equal(4, new[] { baseline, otherIndex, otherStream, otherSeed }.Distinct().Count());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(1000)]
    [InlineData(int.MaxValue)]
    public void NextInt_AnyBound_StaysBelowIt(int max)
    {
        var random = new SeededRandom(1);

        var values = Enumerable.Range(0, 2000).Select(_ => random.NextInt(max)).ToList();

        Assert.All(values, v => Assert.InRange(v, 0, max - 1));
    }

    [Fact]
    public void NextInt_SmallBound_IsRoughlyUniform()
    {
        var random = new SeededRandom(2);

        var counts = new int[6];
        for (var i = 0; i < 60_000; i++)
        {
            counts[random.NextInt(6)]++;
        }

        Assert.All(counts, c => Assert.InRange(c, 9_500, 10_500));
    }

    [Fact]
    public void NextDouble_ManyDraws_InUnitIntervalWithMeanNearHalf()
    {
        var random = new SeededRandom(3);

        var values = Enumerable.Range(0, 50_000).Select(_ => random.NextDouble()).ToList();

        Assert.All(values, v => Assert.InRange(v, 0, 0.9999999999999999));
        Assert.InRange(values.Average(), 0.49, 0.51);
    }

    [Fact]
    public void NextInt_InclusiveRange_ReachesBothEnds()
    {
        var random = new SeededRandom(4);

        var values = Enumerable.Range(0, 1000).Select(_ => random.NextInt(5, 7)).ToHashSet();

        Assert.Equal(new HashSet<int> { 5, 6, 7 }, values);
    }

    [Fact]
    public void Bernoulli_ZeroAndOne_AreNeverAndAlways()
    {
        var random = new SeededRandom(5);

        Assert.DoesNotContain(Enumerable.Range(0, 1000), _ => random.Bernoulli(0));
        Assert.All(Enumerable.Range(0, 1000), _ => Assert.True(random.Bernoulli(1)));
    }

    [Fact]
    public void PickIndex_ZeroWeights_AreNeverPicked()
    {
        var random = new SeededRandom(6);

        var picks = Enumerable.Range(0, 5000).Select(_ => random.PickIndex([0, 1, 0, 3])).ToList();

        Assert.All(picks, p => Assert.Contains(p, new[] { 1, 3 }));
        Assert.InRange(picks.Count(p => p == 3), 3500, 4000);
    }

    [Fact]
    public void PickIndex_NoPositiveWeight_Throws()
    {
        var random = new SeededRandom(7);

        Assert.Throws<ArgumentException>(() => random.PickIndex([0, 0]));
    }

    [Fact]
    public void NextDate_Range_StaysInsideAndReachesEnds()
    {
        var random = new SeededRandom(8);
        var from = new DateOnly(2024, 2, 27);
        var to = new DateOnly(2024, 3, 1);

        var dates = Enumerable.Range(0, 500).Select(_ => random.NextDate(from, to)).ToHashSet();

        Assert.Equal(4, dates.Count);
        Assert.Contains(from, dates);
        Assert.Contains(to, dates);
    }

    [Fact]
    public void StableHash_SameText_SameValueDifferentText_DifferentValue()
    {
        Assert.Equal(SeededRandom.StableHash("lec_max"), SeededRandom.StableHash("lec_max"));
        Assert.NotEqual(SeededRandom.StableHash("lec_max"), SeededRandom.StableHash("lec_min"));
        Assert.Equal(0xCBF29CE484222325UL, SeededRandom.StableHash(""));
    }
}
