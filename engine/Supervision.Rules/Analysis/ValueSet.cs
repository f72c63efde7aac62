namespace Supervision.Rules.Analysis;

/// <summary>
/// A set of enum, boolean or text values: either finite (the listed values) or, for text columns without
/// declared values, co-finite (every value except the listed ones).
/// </summary>
internal sealed class ValueSet : CellSet
{
    private ValueSet(IReadOnlyList<string> values, bool complement)
    {
        Values = values;
        Complement = complement;
    }

    /// <summary>The listed values, in the order they were first given.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>True when the set is every value except <see cref="Values"/>.</summary>
    public bool Complement { get; }

    public override bool IsEmpty => !Complement && Values.Count == 0;

    public static ValueSet Of(IEnumerable<string> values) => new([.. values.Distinct(StringComparer.Ordinal)], false);

    public static ValueSet AllExcept(IEnumerable<string> values) => new([.. values.Distinct(StringComparer.Ordinal)], true);

    public bool Contains(string value) => Values.Contains(value, StringComparer.Ordinal) != Complement;

    public override CellSet Intersect(CellSet other)
    {
        var o = (ValueSet)other;
        return (Complement, o.Complement) switch
        {
            (false, _) => Of(Values.Where(o.Contains)),
            (true, false) => Of(o.Values.Where(Contains)),
            _ => AllExcept(Values.Concat(o.Values)),
        };
    }

    public override bool IsSubsetOf(CellSet other)
    {
        var o = (ValueSet)other;
        return Complement
            ? o.Complement && o.Values.All(v => Values.Contains(v, StringComparer.Ordinal))
            : Values.All(o.Contains);
    }

    public ValueSet Union(ValueSet other) => (Complement, other.Complement) switch
    {
        (false, false) => Of(Values.Concat(other.Values)),
        (false, true) => AllExcept(other.Values.Where(v => !Values.Contains(v, StringComparer.Ordinal))),
        (true, false) => other.Union(this),
        _ => AllExcept(Values.Where(v => other.Values.Contains(v, StringComparer.Ordinal))),
    };

    public override IReadOnlyList<Piece> Split(IReadOnlyList<CellSet> cells)
    {
        var sets = cells.Cast<ValueSet>().ToList();
        var elementary = new List<ValueSet>();
        if (Complement)
        {
            // Only the values some cell names can be told apart; every other value behaves alike.
            var named = sets.SelectMany(s => s.Values).Where(Contains).Distinct(StringComparer.Ordinal).ToList();
            elementary.AddRange(named.Select(v => Of([v])));
            elementary.Add(AllExcept(Values.Concat(named)));
        }
        else
        {
            elementary.AddRange(Values.Select(v => Of([v])));
        }

        var pieces = new List<Piece>();
        foreach (var piece in elementary)
        {
            var covering = Enumerable.Range(0, sets.Count).Where(i => piece.IsSubsetOf(sets[i])).ToList();
            var same = pieces.FindIndex(p => p.Covering.SequenceEqual(covering));
            if (same >= 0)
            {
                pieces[same] = pieces[same] with { Set = ((ValueSet)pieces[same].Set).Union(piece) };
            }
            else
            {
                pieces.Add(new Piece(piece, covering));
            }
        }

        return pieces;
    }

    public override string ToString() => (Complement ? "not " : "") + "{" + string.Join(", ", Values) + "}";
}
