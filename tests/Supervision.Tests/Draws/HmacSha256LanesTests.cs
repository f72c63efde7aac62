using System.Security.Cryptography;
using System.Text;
using Supervision.Draws.Drawing;

namespace Supervision.Tests.Draws;

/// <summary>
/// The lottery's HMAC in vector lanes is HMAC-SHA-256 bit for bit: compared with the platform's on random keys, on
/// messages of every length across the block boundaries, and on groups that do not fill the last lanes.
/// </summary>
public sealed class HmacSha256LanesTests
{
    [Fact]
    public void EveryLengthAndGroupSize_GivesThePlatformsHmac()
    {
        Assert.True(HmacSha256Lanes.IsSupported, "this machine has 256-bit vectors; the lanes must be tested on it");
        var random = new Random(20261208);
        foreach (var keyLength in (int[])[0, 1, 32, 63, 64])
        {
            var key = new byte[keyLength];
            random.NextBytes(key);
            var lanes = new HmacSha256Lanes(key);
            for (var length = 0; length <= 200; length++)
            {
                var count = 1 + random.Next(19);
                var messages = new byte[length * count];
                random.NextBytes(messages);
                var macs = new byte[32 * count];

                lanes.Compute(messages, length, count, macs);

                for (var i = 0; i < count; i++)
                {
                    var expected = HMACSHA256.HashData(key, messages.AsSpan(i * length, length));
                    Assert.True(expected.AsSpan().SequenceEqual(macs.AsSpan(i * 32, 32)), $"key of {keyLength} bytes, message {i} of {count}, {length} bytes");
                }
            }
        }
    }

    [Fact]
    public void LotteryKeys_AreTheKeysOneByOne_ForUniformAndMixedLastParts()
    {
        var lottery = new Lottery(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("lanes"))));
        var usccs = Enumerable.Range(0, 10_000).Select(i => $"91210800MA{i:D7}X").ToList();
        var mixed = usccs.Select((u, i) => i % 997 == 0 ? u + "企业" : u).ToList();

        foreach (var lasts in (List<string>[])[usccs, mixed])
        {
            var keys = new LotteryKey[lasts.Count];
            lottery.Keys(["enterprise", "SJ-2026-12-SC", "verification"], lasts.Count, i => lasts[i], (i, key) => keys[i] = key);
            for (var i = 0; i < lasts.Count; i++)
            {
                Assert.Equal(lottery.Key("enterprise", "SJ-2026-12-SC", "verification", lasts[i]), keys[i]);
            }
        }
    }
}
