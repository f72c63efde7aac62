using Supervision.Application.Scoring;
using Supervision.Rules.Compilation;
using Supervision.Rules.Scoring;

namespace Supervision.Application.Explanation;

/// <summary>
/// "Why is this enterprise category III?" and "why is it not category I?": the enterprise's facts on the as-of date,
/// scored, with every rule that fired or failed, its legal basis and the values it read.
/// </summary>
public sealed class ExplainEnterprise(CompiledBundle bundle)
{
    private readonly ScorePopulation scoring = new(bundle);
    private readonly Explainer explainer = new(bundle);

    /// <summary>Null when <paramref name="target"/> names something the bundle can explain the absence of; else what is wrong with it.</summary>
    public string? CheckWhyNot(string target) => explainer.CheckWhyNot(target);

    /// <summary>
    /// The explanation of <paramref name="uscc"/> in the population of <paramref name="dataDirectory"/> on
    /// <paramref name="asOf"/>, or why it does not reach <paramref name="whyNot"/> when given; null when the enterprise is
    /// not in the registry (or its row was rejected). The text quotes the enterprise's data as it is.
    /// </summary>
    public string? Explain(string dataDirectory, string uscc, DateOnly asOf, string? whyNot = null)
    {
        var input = scoring.Input(scoring.Load(dataDirectory), uscc, asOf);
        return input is null ? null : whyNot is null ? explainer.Explain(input, asOf) : explainer.WhyNot(input, asOf, whyNot);
    }
}
