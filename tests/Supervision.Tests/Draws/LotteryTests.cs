using Supervision.Draws.Drawing;

namespace Supervision.Tests.Draws;

/// <summary>The test vectors of docs/draw-algorithm.md section 9, computed independently with Python's hmac module.</summary>
public sealed class LotteryTests
{
    private readonly Lottery _lottery = new(DrawWorld.Seed);

    [Fact]
    public void Commitment_IsSha256OfTheSeedBytes()
        => Assert.Equal("7a15c46ad866ee5caa4848c846255b1c4c0fedb8c32dc22f49d8dff6fa162288", _lottery.Commitment);

    [Theory]
    [InlineData("fbe41ca8b5bc9e0237ae52fab0d6a635dcaa7d11f1647361d7b0cc97145ef6e0", 18150663909139062274UL, "enterprise", "SJ-2026-12-SC", "I", "91210800MAQ32ULF64")]
    [InlineData("adc548271fe31af3b26c930e58b5770c63e11fe632edeaa87edadf6947d1f555", 12521493671849433843UL, "enterprise", "SJ-2026-12-SC", "verification", "91210811968441860L")]
    [InlineData("353d7ff4779ad45da527130a0c6551c4c79c66273551d0f08ba34c581eb30909", 3836363145544914013UL, "date", "SJ-2026-12-SC", "91210800MAQ32ULF64")]
    [InlineData("a8ef47769d7ceaa3011c01c46556f58d701d8f5e6f9363cd298e1c8f190e7951", 12173026892579662499UL, "item", "SJ-2026-12-SC", "91210800MAQ32ULF64", "SC-003")]
    [InlineData("26fb6b8672d57e0b026566ac42af617be13893b8a6e5781a919ae3fa0da8125b", 2808957017792019979UL, "inspector", "SJ-2026-12-SC", "SJ0001")]
    [InlineData("3ebfd550bcd836d903d9c210a49a1d8d10bf40e706284ac4dd64d683050f1323", 4521567093645653721UL, "team", "SJ-2026-12-SC", "市场监管局", "91210800MAQ32ULF64", "1")]
    public void Number_MatchesThePublishedTestVectors(string hex, ulong integer, params string[] parts)
    {
        Assert.Equal(hex, _lottery.Number(parts));
        Assert.Equal(integer, _lottery.Integer(parts));
    }

    [Theory]
    [InlineData("")]
    [InlineData("5EED000000000000000000000000000000000000000000000000000000000001")]
    [InlineData("5eed")]
    [InlineData("zz00000000000000000000000000000000000000000000000000000000000000")]
    public void Constructor_MalformedSeed_IsRejected(string seed)
        => Assert.Throws<ArgumentException>(() => new Lottery(seed));
}
