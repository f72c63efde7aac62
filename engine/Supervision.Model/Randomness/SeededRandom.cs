namespace Supervision.Model.Randomness;

/// <summary>
/// A documented, platform-independent pseudo-random source: xoshiro256** 1.0 (Blackman and Vigna, 2018) whose
/// 256-bit state is filled from a 64-bit seed by SplitMix64, as its authors recommend.
/// </summary>
/// <remarks>
/// <see cref="System.Random"/> is not used because its sequence for a seed is not a documented contract across .NET
/// versions. The same seed gives the same sequence everywhere. Not thread-safe, and not for security: it makes test
/// data, it must never draw inspection targets.
/// </remarks>
public sealed class SeededRandom
{
    private const ulong Golden = 0x9E3779B97F4A7C15;

    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public SeededRandom(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    /// <summary>A generator in the given xoshiro256** state (not all zero), for checking against the reference outputs.</summary>
    public static SeededRandom FromState(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        if ((s0 | s1 | s2 | s3) == 0)
        {
            throw new ArgumentException("The xoshiro256** state must not be all zero.", nameof(s0));
        }

        return new SeededRandom(0) { _s0 = s0, _s1 = s1, _s2 = s2, _s3 = s3 };
    }

    /// <summary>
    /// An independent stream for one purpose (<paramref name="stream"/>) of one item (<paramref name="index"/>), so that
    /// item i can be generated without generating items 0..i−1, and a change to one purpose leaves the others' draws alone.
    /// </summary>
    public static SeededRandom Derive(ulong seed, ulong stream, long index)
        => new(Mix(Mix(Mix(seed) ^ (stream * Golden)) ^ unchecked((ulong)index)));

    /// <summary>One step of SplitMix64 (Steele, Lea and Flood, 2014): advances <paramref name="state"/> and returns the output.</summary>
    public static ulong SplitMix64(ref ulong state)
    {
        state = unchecked(state + Golden);
        return Finalize(state);
    }

    /// <summary>A 64-bit hash of a text, stable across processes (unlike <see cref="string.GetHashCode()"/>): FNV-1a over UTF-16 code units.</summary>
    public static ulong StableHash(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = 0xCBF29CE484222325UL;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 0x100000001B3UL);
        }

        return hash;
    }

    public ulong NextUInt64()
    {
        var result = unchecked(ulong.RotateLeft(_s1 * 5, 7) * 9);
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>An integer in [0, <paramref name="maxExclusive"/>), without modulo bias (Lemire, 2019).</summary>
    public int NextInt(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        var range = (ulong)maxExclusive;
        var high = Math.BigMul(NextUInt64(), range, out var low);
        if (low < range)
        {
            var threshold = unchecked(0 - range) % range;
            while (low < threshold)
            {
                high = Math.BigMul(NextUInt64(), range, out low);
            }
        }

        return (int)high;
    }

    /// <summary>An integer in [<paramref name="min"/>, <paramref name="maxInclusive"/>].</summary>
    public int NextInt(int min, int maxInclusive)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxInclusive, min);
        return min + NextInt(maxInclusive - min + 1);
    }

    /// <summary>True with probability <paramref name="probability"/> (always false at 0, always true at 1).</summary>
    public bool Bernoulli(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items[NextInt(items.Count)];
    }

    /// <summary>An index drawn with probability proportional to its weight; weights need not sum to 1.</summary>
    /// <exception cref="ArgumentException">No weight is positive.</exception>
    public int PickIndex(ReadOnlySpan<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights)
        {
            total += Math.Max(w, 0);
        }

        if (total <= 0)
        {
            throw new ArgumentException("At least one weight must be positive.", nameof(weights));
        }

        var target = NextDouble() * total;
        var last = -1;
        for (var i = 0; i < weights.Length; i++)
        {
            if (weights[i] <= 0)
            {
                continue;
            }

            last = i;
            target -= weights[i];
            if (target < 0)
            {
                return i;
            }
        }

        return last;
    }

    /// <summary>One of <paramref name="items"/>, drawn with probability proportional to its weight.</summary>
    public T PickWeighted<T>(IReadOnlyList<(T Item, double Weight)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Span<double> weights = items.Count <= 64 ? stackalloc double[items.Count] : new double[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            weights[i] = items[i].Weight;
        }

        return items[PickIndex(weights)].Item;
    }

    /// <summary>A day in [<paramref name="from"/>, <paramref name="to"/>], uniformly.</summary>
    public DateOnly NextDate(DateOnly from, DateOnly to)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(to, from);
        return from.AddDays(NextInt(to.DayNumber - from.DayNumber + 1));
    }

    private static ulong Mix(ulong value) => Finalize(unchecked(value + Golden));

    private static ulong Finalize(ulong z)
    {
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EB);
        return z ^ (z >> 31);
    }
}
