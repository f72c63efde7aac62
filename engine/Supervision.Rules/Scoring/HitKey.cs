namespace Supervision.Rules.Scoring;

/// <summary>Structural key over the matched element indices of a case; equal keys have equal outcomes.</summary>
internal sealed class HitKey : IEquatable<HitKey>
{
    private readonly int[] _hits;
    private readonly int _hash;

    private HitKey(int[] hits)
    {
        _hits = hits;
        var hash = new HashCode();
        foreach (var hit in _hits)
        {
            hash.Add(hit);
        }

        _hash = hash.ToHashCode();
    }

    /// <summary>A key over <paramref name="hits"/> itself, not a copy: the caller gives the array up.</summary>
    public static HitKey Own(int[] hits) => new(hits);

    public bool Equals(HitKey? other) => other is not null && _hash == other._hash && _hits.AsSpan().SequenceEqual(other._hits);

    public override bool Equals(object? obj) => Equals(obj as HitKey);

    public override int GetHashCode() => _hash;
}
