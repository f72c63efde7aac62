using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Supervision.Draws.Drawing;

/// <summary>
/// The only source of randomness in a draw: HMAC-SHA-256 keyed with the seed over a UTF-8 message. Language-independent
/// and specified in docs/draw-algorithm.md, so anyone can recompute every number from the published record.
/// </summary>
public sealed class Lottery
{
    public const string Algorithm = "supervision-draw/v1";

    private readonly byte[] _seed;

    // HMAC-SHA-256 (RFC 2104) with the key pads computed once: a draw hashes millions of short messages.
    private readonly byte[] _innerPad = new byte[64];
    private readonly byte[] _outerPad = new byte[64];

    public Lottery(string seedHex)
    {
        ArgumentNullException.ThrowIfNull(seedHex);
        if (seedHex.Length != 64 || !seedHex.All(Uri.IsHexDigit) || seedHex.Any(char.IsUpper))
        {
            throw new ArgumentException("the seed is 64 lower-case hexadecimal characters (32 bytes)", nameof(seedHex));
        }

        _seed = Convert.FromHexString(seedHex);
        for (var i = 0; i < 64; i++)
        {
            var keyByte = i < _seed.Length ? _seed[i] : (byte)0;
            _innerPad[i] = (byte)(keyByte ^ 0x36);
            _outerPad[i] = (byte)(keyByte ^ 0x5c);
        }

        SeedHex = seedHex;
        Commitment = Convert.ToHexStringLower(SHA256.HashData(_seed));
    }

    public string SeedHex { get; }

    /// <summary>SHA-256 of the seed bytes: published before the draw, so the seed cannot be chosen after the fact.</summary>
    public string Commitment { get; }

    /// <summary>HMAC-SHA-256(seed, UTF-8(algorithm|parts…)) as 64 lower-case hex characters.</summary>
    public string Number(params string[] parts) => Convert.ToHexStringLower(Hash(parts));

    /// <summary>The first 8 bytes of the same HMAC as an unsigned big-endian integer.</summary>
    public ulong Integer(params string[] parts) => BinaryPrimitives.ReadUInt64BigEndian(Hash(parts));

    /// <summary>The same HMAC as a sortable key, without building the hex string.</summary>
    public LotteryKey Key(params string[] parts)
    {
        Span<byte> hash = stackalloc byte[32];
        Hash(parts, hash);
        return LotteryKey.From(hash);
    }

    public static string Message(params string[] parts) => Algorithm + "|" + string.Join('|', parts);

    private byte[] Hash(string[] parts)
    {
        var hash = new byte[32];
        Hash(parts, hash);
        return hash;
    }

    private void Hash(string[] parts, Span<byte> destination)
    {
        var message = Message(parts);
        var length = 64 + Encoding.UTF8.GetMaxByteCount(message.Length);
        Span<byte> inner = length <= 1024 ? stackalloc byte[length] : new byte[length];
        _innerPad.CopyTo(inner);
        var written = Encoding.UTF8.GetBytes(message, inner[64..]);
        Span<byte> outer = stackalloc byte[96];
        _outerPad.CopyTo(outer);
        SHA256.HashData(inner[..(64 + written)], outer[64..]);
        SHA256.HashData(outer, destination);
    }
}
