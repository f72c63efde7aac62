using Supervision.Rules.Bundle;
using Supervision.Rules.Compilation;
using Supervision.Rules.Language;
using Supervision.Rules.Scoring;

namespace Supervision.Rules.Explanation;

/// <summary>
/// One enterprise's evaluation as the engine did it: its outcome, the matched elements, and the fact each phase saw.
/// </summary>
internal sealed class WhyNotContext
{
    private readonly HashSet<int> _hits;
    private readonly DecisionFact?[] _facts = new DecisionFact?[Phase.Count];
    private readonly int _asOfDay;

    /// <param name="bundle">The compiled bundle.</param>
    /// <param name="outcome">The enterprise's outcome (from the engine in direct mode).</param>
    /// <param name="state">The same enterprise evaluated with the compiled conditions: slots after every phase.</param>
    /// <param name="asOf">The as-of date.</param>
    public WhyNotContext(CompiledBundle bundle, Outcome outcome, CaseState state, DateOnly asOf)
    {
        Bundle = bundle;
        Outcome = outcome;
        State = state;
        AsOf = asOf;
        _asOfDay = asOf.DayNumber;
        _hits = [.. outcome.Hits];
    }

    public CompiledBundle Bundle { get; }

    public DateOnly AsOf { get; }

    public Outcome Outcome { get; }

    public CaseState State { get; }

    public VariableCatalog Catalog => Bundle.Catalog;

    public BundleManifest Manifest => Bundle.Bundle.Manifest;

    public bool Fired(Element element) => _hits.Contains(element.Index);

    /// <summary>Whether the element applies on the as-of date (its valid_from / valid_to); the engine skips it otherwise.</summary>
    public bool InForce(Element element) => element.Validity.IsAlways || element.Validity.Contains(AsOf);

    /// <summary>Ids of the elements already explained in full, so that a later mention can refer back to them.</summary>
    public HashSet<string> Written { get; } = new(StringComparer.Ordinal);

    public IEnumerable<Element> FiredElements => Outcome.Hits.Select(h => Bundle.Elements[h]);

    /// <summary>
    /// The fact the engine inserted for <paramref name="phase"/>: what earlier phases computed, nothing of later ones.
    /// The state holds the slots after the last phase, so later outputs are cleared again, and the category a regime
    /// imposed is put back to the matrix's for the regime phase itself.
    /// </summary>
    public DecisionFact FactFor(int phase) => _facts[phase] ??= BuildFact(phase);

    private DecisionFact BuildFact(int phase)
    {
        var numbers = (double[])State.Numbers.Clone();
        var texts = (string?[])State.Texts.Clone();
        foreach (var variable in Catalog.All.Where(v => v.AvailableFrom > phase))
        {
            if (variable.IsNumericSlot)
            {
                numbers[variable.Slot] = double.NaN;
            }
            else
            {
                texts[variable.Slot] = null;
            }
        }

        if (phase == Phase.Regime && MatrixRow() is { } row)
        {
            texts[Catalog.Get(VariableCatalog.Category).Slot] = row.Row!.Outputs[OutputIndex(row.Table!, VariableCatalog.Category)];
        }

        return new DecisionFact(0, phase, _asOfDay, numbers, texts);
    }

    /// <summary>The matrix row that matched, if any.</summary>
    public Element? MatrixRow()
        => FiredElements.FirstOrDefault(e => e.Phase == Phase.Matrix && e.Table is { } t && OutputIndex(t, VariableCatalog.Category) >= 0);

    public static int OutputIndex(TableSpec table, string output)
    {
        for (var i = 0; i < table.Outputs.Count; i++)
        {
            if (table.Outputs[i] == output)
            {
                return i;
            }
        }

        return -1;
    }
}
