using System.Collections;
using System.Collections.ObjectModel;

namespace Supervision.Runs;

/// <summary>
/// A few counts by name in one array, for what a draw candidate holds in <c>InspectionsThisYear</c> (a department or
/// two, mostly none): a million candidates do not each need a hash table. Keys compare ordinally.
/// </summary>
internal sealed class SmallCounts : IReadOnlyDictionary<string, int>
{
    private readonly KeyValuePair<string, int>[] _counts;

    private SmallCounts(KeyValuePair<string, int>[] counts) => _counts = counts;

    public int Count => _counts.Length;

    public IEnumerable<string> Keys => _counts.Select(c => c.Key);

    public IEnumerable<int> Values => _counts.Select(c => c.Value);

    public int this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no count for '{key}'");

    /// <summary>The counts, a later one of a repeated name replacing the earlier (as a dictionary read from JSON does); the shared empty map when there are none.</summary>
    public static IReadOnlyDictionary<string, int> Of(List<KeyValuePair<string, int>> counts)
    {
        if (counts.Count == 0)
        {
            return ReadOnlyDictionary<string, int>.Empty;
        }

        var distinct = new List<KeyValuePair<string, int>>(counts.Count);
        foreach (var count in counts)
        {
            var at = 0;
            while (at < distinct.Count && !string.Equals(distinct[at].Key, count.Key, StringComparison.Ordinal))
            {
                at++;
            }

            if (at < distinct.Count)
            {
                distinct[at] = count;
            }
            else
            {
                distinct.Add(count);
            }
        }

        return new SmallCounts([.. distinct]);
    }

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, out int value)
    {
        foreach (var (name, count) in _counts)
        {
            if (string.Equals(name, key, StringComparison.Ordinal))
            {
                value = count;
                return true;
            }
        }

        value = 0;
        return false;
    }

    public IEnumerator<KeyValuePair<string, int>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, int>>)_counts).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
