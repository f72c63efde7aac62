using System.Globalization;
using Supervision.Rules.Scoring;

namespace Supervision.Rules.Testing;

/// <summary>Compares an outcome with a case's expectations and says, in plain words, every way they differ.</summary>
internal static class OutcomeComparison
{
    private const double Tolerance = 1e-9;

    public static IReadOnlyList<string> Differences(RuleTestExpectation expect, Outcome outcome, IReadOnlyList<string> fired)
    {
        var differences = new List<string>();
        if (outcome.Error is not null)
        {
            if (expect.Error is null)
            {
                differences.Add($"the evaluation failed: {outcome.Error}");
            }
            else if (!outcome.Error.Contains(expect.Error, StringComparison.Ordinal))
            {
                differences.Add($"expected an evaluation error containing '{expect.Error}', got: {outcome.Error}");
            }
        }
        else
        {
            if (expect.Error is not null)
            {
                differences.Add($"expected an evaluation error containing '{expect.Error}', got none");
            }

            Number(differences, "safety_score", expect.SafetyScore, outcome.SafetyScore, "0.####");
            Text(differences, "safety_level", expect.SafetyLevel, outcome.SafetyLevel);
            Number(differences, "credit_score", expect.CreditScore, outcome.CreditScore, "0.####");
            Text(differences, "credit_class", expect.CreditClass, outcome.CreditClass);
            Text(differences, "category", expect.Category, outcome.Category);
            Number(differences, "ratio", expect.Ratio, outcome.Ratio, "0.##%");
            Number(differences, "min_count", expect.MinCount, outcome.MinCount, "0");
            Text(differences, "exempt", Flag(expect.Exempt), Flag(outcome.Exempt));
            Text(differences, "regime", expect.Regime, outcome.Regime);
        }

        differences.AddRange(expect.Fired.Where(id => !fired.Contains(id)).Select(id => $"expected {id} to fire, it did not"));
        differences.AddRange(expect.NotFired.Where(fired.Contains).Select(id => $"expected {id} not to fire, it did"));
        return differences;
    }

    private static void Number(List<string> differences, string key, double? expected, double actual, string format)
    {
        if (expected is { } value && Math.Abs(value - actual) > Tolerance)
        {
            differences.Add($"expected {key} {value.ToString(format, CultureInfo.InvariantCulture)}, got {actual.ToString(format, CultureInfo.InvariantCulture)}");
        }
    }

    private static void Text(List<string> differences, string key, string? expected, string actual)
    {
        if (expected is not null && expected != actual)
        {
            differences.Add($"expected {key} {expected}, got {actual}");
        }
    }

    private static string? Flag(bool? value) => value switch
    {
        true => "true",
        false => "false",
        null => null,
    };

    private static string Flag(bool value) => value ? "true" : "false";
}
