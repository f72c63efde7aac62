using NRules;

namespace Supervision.Rules.Scoring;

/// <summary>
/// Runs facts that are cases of their own (a listing, an enterprise's night) through one NRules session and collects, per
/// fact, the indices of the elements that matched it, in bundle order. The list lifecycle and the alerts use it.
/// </summary>
internal static class CaseHits
{
    /// <param name="factory">The session factory of the rules.</param>
    /// <param name="facts">The facts; each one's <see cref="DecisionFact.CaseId"/> is its index in the list.</param>
    /// <exception cref="RuleExpressionEvaluationException">A condition could not be evaluated for some fact (a missing value).</exception>
    public static IReadOnlyList<int>[] Run(ISessionFactory factory, IReadOnlyList<DecisionFact> facts)
    {
        var matched = new List<int>?[facts.Count];
        var session = factory.CreateSession();
        var sink = new HitSink();
        session.DependencyResolver = new SinkResolver(sink);
        session.InsertAll(facts);
        session.Fire();
        for (var i = 0; i < sink.Count; i++)
        {
            var (caseId, element) = sink[i];
            (matched[caseId] ??= []).Add(element);
        }

        return [.. matched.Select(m => (IReadOnlyList<int>)[.. (m ?? []).Order()])];
    }
}
