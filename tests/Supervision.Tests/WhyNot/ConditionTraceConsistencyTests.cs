using Supervision.Data.Import;
using Supervision.Data.Scoring;
using Supervision.Rules.Explanation;
using Supervision.Rules.Language;
using Supervision.Rules.Scoring;
using Supervision.Tests.Support;

namespace Supervision.Tests.WhyNot;

/// <summary>
/// The trace must agree with the engine: on data-samples enterprises with different outcomes, every rule's traced
/// condition holds exactly when the engine's compiled condition does and when NRules fired it, every and/or/not agrees
/// with its parts, and every table row's cells all hold exactly when the row matched.
/// </summary>
public sealed class ConditionTraceConsistencyTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 27);

    [Fact]
    public void Trace_OnSampleEnterprises_AgreesWithTheEngineForEveryRuleAndRow()
    {
        var bundle = ShippedBundle.Bundle;
        var builder = new FactBuilder(bundle);
        var population = PopulationLoader.Load(RepoPaths.DataSamples, builder.SafetyColumns);
        var engine = new ScoringEngine(bundle, new ScoringOptions(EngineMode.Direct, Parallelism: 1));
        var inputs = PopulationInputs.For(population, builder, AsOf).ToList();
        var outcomes = new ScoringEngine(bundle).Score(inputs, AsOf).Select(a => a.Outcome).ToList();
        var sample = Enumerable.Range(0, inputs.Count)
            .Where(i => outcomes[i].Error is null)
            .DistinctBy(i => string.Join(",", outcomes[i].Hits))
            .Take(30)
            .ToList();
        Assert.True(sample.Count >= 10);

        foreach (var i in sample)
        {
            var context = new WhyNotContext(bundle, outcomes[i], engine.Evaluate(inputs[i], AsOf), AsOf);
            // List rules read a listing and alert rules a night, not the enterprise: list rules are checked on listings below.
            foreach (var element in bundle.Elements.Where(e => e.Phase < Phase.Count))
            {
                var fact = context.FactFor(element.Phase);
                var fired = context.Fired(element);
                if (!context.InForce(element))
                {
                    Assert.False(fired);
                    continue;
                }

                Assert.Equal(fired, element.Evaluate(fact));
                if (element.Rule is { } rule)
                {
                    var root = ConditionTracer.Trace(rule.When, rule.WhenLocation, bundle.Catalog, element.Phase, fact);
                    Assert.True(fired == (root.Held == true), $"{inputs[i].Uscc} {element.Id}: traced {root.Held}, fired {fired}");
                    AssertParts(root);
                }
                else
                {
                    var cells = RowTracer.Trace(element.Table!, element.Row!, bundle.Catalog, fact);
                    Assert.True(fired == cells.All(c => c.Held == true), $"{inputs[i].Uscc} {element.Id}");
                }
            }
        }
    }

    [Fact]
    public void Trace_OnSampleListings_AgreesWithNRulesForEveryListRule()
    {
        var bundle = ShippedBundle.Bundle;
        var builder = new FactBuilder(bundle);
        var population = PopulationLoader.Load(RepoPaths.DataSamples, builder.SafetyColumns);
        var listings = PopulationInputs.For(population, builder, AsOf)
            .SelectMany(input => input.Lists?.Listings ?? [])
            .ToList();
        Assert.True(listings.Count >= 50, $"only {listings.Count} listings in data-samples");
        Assert.Contains(listings, l => l.Matched.Count > 0);
        var catalog = bundle.ListLayout!.Catalog;
        foreach (var listing in listings)
        {
            Assert.Null(listing.Error);
            foreach (var rule in bundle.ListRules.Where(r => r.Rule!.ListEffect!.List == listing.Listing.List))
            {
                var matched = listing.Matched.Any(t => t.Rule == rule);
                var root = ConditionTracer.Trace(rule.Rule!.When, rule.Rule.WhenLocation, catalog, Phase.Evaluation, listing.Fact);
                Assert.True(matched == (root.Held == true), $"{listing.Listing.DocumentNo} {rule.Id}: traced {root.Held}, NRules matched {matched}");
                Assert.Equal(matched, rule.Evaluate(listing.Fact));
                AssertParts(root);
            }
        }
    }

    private static void AssertParts(TraceNode node)
    {
        switch (node.Kind)
        {
            case TraceKind.All:
                Assert.Equal(node.Children.All(c => c.Held == true), node.Held == true);
                break;
            case TraceKind.Any:
                Assert.Equal(node.Children.Any(c => c.Held == true), node.Held == true);
                break;
            case TraceKind.Not:
                Assert.Equal(node.Children[0].Held == false, node.Held == true);
                break;
            default:
                Assert.Empty(node.Children);
                break;
        }

        foreach (var child in node.Children)
        {
            AssertParts(child);
        }
    }
}
