using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Supervision.Draws.Protocol;

/// <summary>
/// The one hash construction of the draw protocol: SHA-256 over fields, each written as its length in bytes (4 bytes,
/// big-endian) followed by the bytes, so that no two different lists of fields hash alike. Text is UTF-8.
/// </summary>
public static class ProtocolHash
{
    /// <summary>SHA-256 of the length-prefixed fields, 32 bytes.</summary>
    public static byte[] Of(params ReadOnlySpan<byte[]> fields)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[4];
        foreach (var field in fields)
        {
            BinaryPrimitives.WriteUInt32BigEndian(length, (uint)field.Length);
            hash.AppendData(length);
            hash.AppendData(field);
        }

        return hash.GetHashAndReset();
    }

    /// <summary>The UTF-8 bytes of a text field.</summary>
    public static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>True when <paramref name="hex"/> is 64 lower-case hexadecimal characters (a hash, a share or a commitment).</summary>
    public static bool IsHex32(string? hex) => hex is { Length: 64 } && hex.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    /// <summary>The bytes of 64 lower-case hexadecimal characters (a hash or a share).</summary>
    /// <exception cref="FormatException">Not 64 lower-case hexadecimal characters.</exception>
    public static byte[] Hex32(string hex, string what)
    {
        if (!IsHex32(hex))
        {
            throw new FormatException($"{what} must be 64 lower-case hexadecimal characters (32 bytes)");
        }

        return Convert.FromHexString(hex);
    }
}
