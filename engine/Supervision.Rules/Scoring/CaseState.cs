using Supervision.Rules.Bundle;

namespace Supervision.Rules.Scoring;

/// <summary>Working state of one case while its phases are resolved; private to one thread.</summary>
internal sealed class CaseState
{
    public CaseState(double[] numbers, string?[] texts, DateOnly asOf)
    {
        AsOf = asOf;
        Numbers = numbers;
        Texts = texts;
    }

    /// <summary>The as-of date: dated parameters (base scores) are read for it.</summary>
    public DateOnly AsOf { get; }

    public double[] Numbers { get; }

    public string?[] Texts { get; }

    public List<int> Hits { get; } = [];

    public string? Error { get; set; }

    public double SafetyScore { get; set; }

    public double CreditScore { get; set; }

    public string? SafetyOverride { get; set; }

    public string? CreditOverride { get; set; }

    public RuleSpec? RegimeRule { get; set; }

    public double Ratio { get; set; }

    public int MinCount { get; set; }

    public bool Exempt { get; set; }
}
