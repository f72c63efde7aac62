using System.Collections.Concurrent;

namespace Supervision.Data.Import;

/// <summary>
/// The key tables of finished imports, emptied, for the next ones: a night's chunk imports would otherwise allocate
/// some hundred megabytes of them as large objects, each allocation bringing a full collection nearer. One per import
/// running at the same time; a table grown past a chunk's size is let go rather than kept for ever.
/// </summary>
internal static class KeyTablePool<TKey>
    where TKey : notnull
{
    private const int KeptCapacity = 1 << 19;
    private static readonly ConcurrentBag<Dictionary<TKey, long>> Tables = [];

    public static Dictionary<TKey, long> Take() => Tables.TryTake(out var kept) ? kept : [];

    public static void Return(Dictionary<TKey, long> table)
    {
        table.Clear();
        if (table.EnsureCapacity(0) <= KeptCapacity)
        {
            Tables.Add(table);
        }
    }
}
