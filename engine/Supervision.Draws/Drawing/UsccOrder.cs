using System.Buffers;

namespace Supervision.Draws.Drawing;

/// <summary>
/// Sorts pool entries by USCC, ordinally, as <c>Sort((a, b) => string.CompareOrdinal(a.Uscc, b.Uscc))</c> does and
/// with the same outcome, ties included: the same sort over the same sequence, its comparisons answered alike, but
/// from keys held in the array (a million USCCs compared through their strings missed the cache at every step).
/// </summary>
internal static class UsccOrder
{
    // A USCC is 18 characters, digits and capital letters: 7 bits each fit in 128.
    private const int Length = 18;

    public static void Sort(Span<PoolEntry> rows)
    {
        // Keys and positions are sorted (24 bytes a row rather than the row itself), then the rows are put in that order.
        // Pooled: a draw sorts pools of up to a million rows, and fresh arrays per pool were large-object garbage that
        // set off full collections of a heap holding the whole population.
        var keyed = ArrayPool<(UInt128 Key, int Index)>.Shared.Rent(rows.Length);
        var sorted = ArrayPool<PoolEntry>.Shared.Rent(rows.Length);
        try
        {
            for (var i = 0; i < rows.Length; i++)
            {
                if (Key(rows[i].Uscc) is not { } key)
                {
                    // Not a USCC of the usual form: compared as strings.
                    rows.Sort(static (a, b) => string.CompareOrdinal(a.Uscc, b.Uscc));
                    return;
                }

                keyed[i] = (key, i);
            }

            // Compared by key alone, as the rows by their strings: the same comparisons, so the same order, ties included.
            keyed.AsSpan(0, rows.Length).Sort(static (a, b) => a.Key.CompareTo(b.Key));
            for (var i = 0; i < rows.Length; i++)
            {
                sorted[i] = rows[keyed[i].Index];
            }

            sorted.AsSpan(0, rows.Length).CopyTo(rows);
        }
        finally
        {
            ArrayPool<(UInt128 Key, int Index)>.Shared.Return(keyed);

            // Cleared: the pool must not keep the rows' strings alive.
            ArrayPool<PoolEntry>.Shared.Return(sorted, clearArray: true);
        }
    }

    /// <summary>
    /// Sorts <paramref name="rows"/> (positions of candidates) by the USCCs <paramref name="usccOf"/> gives them, with the
    /// same outcome as sorting the rows themselves by their USCCs (the same comparisons over the same sequence).
    /// </summary>
    public static void Sort(Span<int> rows, Func<int, string> usccOf)
    {
        var keyed = ArrayPool<(UInt128 Key, int Row)>.Shared.Rent(rows.Length);
        try
        {
            for (var i = 0; i < rows.Length; i++)
            {
                if (Key(usccOf(rows[i])) is not { } key)
                {
                    rows.Sort((a, b) => string.CompareOrdinal(usccOf(a), usccOf(b)));
                    return;
                }

                keyed[i] = (key, rows[i]);
            }

            keyed.AsSpan(0, rows.Length).Sort(static (a, b) => a.Key.CompareTo(b.Key));
            for (var i = 0; i < rows.Length; i++)
            {
                rows[i] = keyed[i].Row;
            }
        }
        finally
        {
            ArrayPool<(UInt128 Key, int Row)>.Shared.Return(keyed);
        }
    }

    /// <summary>The characters packed big-end first: keys order as the strings do, ordinally; null unless 18 ASCII characters.</summary>
    private static UInt128? Key(string uscc)
    {
        if (uscc.Length != Length)
        {
            return null;
        }

        UInt128 key = 0;
        foreach (var c in uscc)
        {
            if (c >= 128)
            {
                return null;
            }

            key = (key << 7) | c;
        }

        return key;
    }
}
