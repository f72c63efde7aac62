using Supervision.Model.Randomness;
namespace Supervision.Synthetic;

/// <summary>
/// A seeded bijection of [0, modulus): i ↦ (a·i + b) mod modulus with a coprime to the modulus. It gives every
/// enterprise index its own organisation code or brand name, so codes never collide, while looking random.
/// </summary>
internal sealed class AffinePermutation
{
    private readonly long _modulus;
    private readonly long _multiplier;
    private readonly long _offset;

    public AffinePermutation(SeededRandom random, long modulus)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(modulus, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(modulus, 1L << 31);
        _modulus = modulus;
        var multiplier = 1 + (long)(random.NextUInt64() % (ulong)(modulus - 1));
        while (Gcd(multiplier, modulus) != 1)
        {
            multiplier = (multiplier % (modulus - 1)) + 1;
        }

        _multiplier = multiplier;
        _offset = (long)(random.NextUInt64() % (ulong)modulus);
    }

    public long Modulus => _modulus;

    /// <summary>The image of <paramref name="index"/> reduced modulo the modulus (distinct for distinct indices below it).</summary>
    public long Apply(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return ((_multiplier * (index % _modulus)) + _offset) % _modulus;
    }

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }
}
