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
        var keyed = new (UInt128 Key, PoolEntry Entry)[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            if (Key(rows[i].Uscc) is not { } key)
            {
                // Not a USCC of the usual form: compared as strings.
                rows.Sort(static (a, b) => string.CompareOrdinal(a.Uscc, b.Uscc));
                return;
            }

            keyed[i] = (key, rows[i]);
        }

        keyed.AsSpan().Sort(static (a, b) => a.Key.CompareTo(b.Key));
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = keyed[i].Entry;
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
