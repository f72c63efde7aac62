using System.Collections;

namespace Supervision.Draws.Drawing;

/// <summary>
/// Lists read one after the other as one list, without copying them: a draw's exclusions are a few million values in
/// one list per plan, and a joined copy was another hundred megabytes held while the draw is saved.
/// </summary>
internal sealed class JoinedList<T> : IReadOnlyList<T>
{
    private readonly IReadOnlyList<T>[] parts;
    private readonly int[] starts;

    public JoinedList(IEnumerable<IReadOnlyList<T>> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        this.parts = [.. parts];
        starts = new int[this.parts.Length];
        for (var p = 0; p < this.parts.Length; p++)
        {
            starts[p] = Count;
            Count = checked(Count + this.parts[p].Count);
        }
    }

    public int Count { get; }

    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);

            // The last part starting at or before the index (empty parts share their start with the next one).
            var found = Array.BinarySearch(starts, index);
            var part = found >= 0 ? found : ~found - 1;
            while (index - starts[part] >= parts[part].Count)
            {
                part++;
            }

            return parts[part][index - starts[part]];
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        foreach (var part in parts)
        {
            for (var i = 0; i < part.Count; i++)
            {
                yield return part[i];
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
