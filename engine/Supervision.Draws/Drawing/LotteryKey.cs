using System.Buffers.Binary;

namespace Supervision.Draws.Drawing;

/// <summary>The 32 bytes of a lottery number as two big-endian 128-bit halves: ordering them orders the hex strings.</summary>
public readonly record struct LotteryKey(UInt128 High, UInt128 Low) : IComparable<LotteryKey>
{
    public static LotteryKey From(ReadOnlySpan<byte> hash)
        => new(BinaryPrimitives.ReadUInt128BigEndian(hash), BinaryPrimitives.ReadUInt128BigEndian(hash[16..]));

    public int CompareTo(LotteryKey other)
    {
        var high = High.CompareTo(other.High);
        return high != 0 ? high : Low.CompareTo(other.Low);
    }

    public string ToHex()
    {
        Span<byte> bytes = stackalloc byte[32];
        BinaryPrimitives.WriteUInt128BigEndian(bytes, High);
        BinaryPrimitives.WriteUInt128BigEndian(bytes[16..], Low);
        return Convert.ToHexStringLower(bytes);
    }

    public static bool operator <(LotteryKey left, LotteryKey right) => left.CompareTo(right) < 0;

    public static bool operator >(LotteryKey left, LotteryKey right) => left.CompareTo(right) > 0;

    public static bool operator <=(LotteryKey left, LotteryKey right) => left.CompareTo(right) <= 0;

    public static bool operator >=(LotteryKey left, LotteryKey right) => left.CompareTo(right) >= 0;
}
