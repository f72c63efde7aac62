using NRules;
using Supervision.Rules.Bundle;
using Supervision.Rules.Language;

namespace Supervision.Rules.Compilation;

/// <summary>
/// A validated bundle lowered to NRules: one session factory for all its rules and table rows, plus the
/// metadata that resolution and explanations need.
/// </summary>
/// <remarks>Immutable and thread-safe; create sessions from <see cref="SessionFactory"/> per batch and thread.</remarks>
public sealed class CompiledBundle
{
    internal CompiledBundle(RuleBundle bundle, FactLayout layout, IReadOnlyList<Element> elements, ISessionFactory sessionFactory)
    {
        Bundle = bundle;
        Layout = layout;
        Elements = elements;
        SessionFactory = sessionFactory;
        ByPhase = [.. Enumerable.Range(0, Phase.Count).Select(p => (IReadOnlyList<Element>)[.. elements.Where(e => e.Phase == p)])];
        TablesByPhase = [.. Enumerable.Range(0, Phase.Count).Select(p =>
            (IReadOnlyList<TableSpec>)[.. bundle.Tables.Where(t => elements.Any(e => e.Table == t && e.Phase == p))])];
    }

    public RuleBundle Bundle { get; }

    public FactLayout Layout { get; }

    public VariableCatalog Catalog => Layout.Catalog;

    public IReadOnlyList<Element> Elements { get; }

    public ISessionFactory SessionFactory { get; }

    /// <summary>Elements per phase, in bundle order.</summary>
    public IReadOnlyList<IReadOnlyList<Element>> ByPhase { get; }

    /// <summary>Tables per phase, in declaration order.</summary>
    public IReadOnlyList<IReadOnlyList<TableSpec>> TablesByPhase { get; }

    /// <summary>Lays out a listing's fact for the list rules (the list vocabulary); null when the bundle has no list rules.</summary>
    public FactLayout? ListLayout { get; init; }

    /// <summary>The list rules lowered to NRules, or null when the bundle has none.</summary>
    public ISessionFactory? ListSessionFactory { get; init; }

    /// <summary>The list rules, in bundle order (their phase is <see cref="Phase.Lists"/>).</summary>
    public IEnumerable<Element> ListRules => Elements.Where(e => e.Phase == Phase.Lists);

    /// <summary>Lays out an enterprise's night for the alert rules (the alert vocabulary).</summary>
    public FactLayout? AlertLayout { get; init; }

    /// <summary>The alert rules lowered to NRules, or null when the bundle has none.</summary>
    public ISessionFactory? AlertSessionFactory { get; init; }

    /// <summary>The alert rules, in bundle order (their phase is <see cref="Phase.Alerts"/>).</summary>
    public IEnumerable<Element> AlertRules => Elements.Where(e => e.Phase == Phase.Alerts);

    public Element? Find(string id) => Elements.FirstOrDefault(e => e.Id == id);
}
