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

    public static string Message(params string[] parts) => Algorithm + "|" + string.Join('|', parts);

    private byte[] Hash(string[] parts) => HMACSHA256.HashData(_seed, Encoding.UTF8.GetBytes(Message(parts)));
}
