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

    // A draw hashes millions of short messages, on all cores: each thread keeps a keyed HMAC-SHA-256 context for the
    // lottery it last served (a new one when another lottery, identified by its seed array, comes along).
    [ThreadStatic]
    private static IncrementalHash? t_hmac;

    [ThreadStatic]
    private static byte[]? t_hmacKey;

    public Lottery(string seedHex)
    {
        ArgumentNullException.ThrowIfNull(seedHex);
        if (seedHex.Length != 64 || !seedHex.All(Uri.IsHexDigit) || seedHex.Any(char.IsUpper))
        {
            throw new ArgumentException("the seed is 64 lower-case hexadecimal characters (32 bytes)", nameof(seedHex));
        }

        _seed = Convert.FromHexString(seedHex);

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
        var length = Encoding.UTF8.GetMaxByteCount(message.Length);
        Span<byte> bytes = length <= 1024 ? stackalloc byte[length] : new byte[length];
        var written = Encoding.UTF8.GetBytes(message, bytes);

        // One HMAC context per thread, reset after each message: creating a hash context per call cost half the time.
        if (t_hmac is null || !ReferenceEquals(t_hmacKey, _seed))
        {
            t_hmac?.Dispose();
            t_hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _seed);
            t_hmacKey = _seed;
        }

        var hmac = t_hmac;
        hmac.AppendData(bytes[..written]);
        hmac.GetHashAndReset(destination);
    }
}
