using System.Globalization;
using System.Text;
using Supervision.Rules.Bundle;
using Supervision.Rules.Scoring;

namespace Supervision.Data.Scoring;

/// <summary>Counts per category, level, class and regime, accumulated while assessments stream past.</summary>
public sealed class AssessmentSummary(BundleManifest manifest)
{
    private readonly Dictionary<string, int> _categories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _levels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _classes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _regimes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _expected = new(StringComparer.Ordinal);

    public int Total { get; private set; }

    public int Errors { get; private set; }

    public IReadOnlyDictionary<string, int> Categories => _categories;

    public IReadOnlyDictionary<string, int> Classes => _classes;

    public IReadOnlyDictionary<string, int> Levels => _levels;

    public IReadOnlyDictionary<string, int> Regimes => _regimes;

    public Assessment Add(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        Total++;
        var o = assessment.Outcome;
        if (o.Error is not null)
        {
            Errors++;
            return assessment;
        }

        Increment(_categories, o.Category);
        Increment(_levels, o.SafetyLevel);
        Increment(_classes, o.CreditClass);
        Increment(_regimes, o.Regime);
        _expected[o.Category] = _expected.GetValueOrDefault(o.Category) + o.Ratio;
        return assessment;
    }

    public string Format()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"enterprises {Total}, assessed {Total - Errors}, evaluation errors {Errors}");
        text.AppendLine();
        text.AppendLine("category   enterprises   share    expected inspections (Σ ratio)");
        foreach (var category in manifest.Categories)
        {
            var n = _categories.GetValueOrDefault(category);
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{category,-10} {n,11} {Share(n),7:0.0%} {_expected.GetValueOrDefault(category),12:0.0}");
        }

        text.AppendLine();
        text.AppendLine("safety level: " + Join(manifest.SafetyLevels, _levels));
        text.AppendLine("credit class: " + Join(manifest.CreditClasses.Reverse(), _classes));
        text.AppendLine("regime:       " + Join([BundleManifest.RoutineRegime, .. manifest.Regimes], _regimes));
        return text.ToString();
    }

    private string Join(IEnumerable<string> order, Dictionary<string, int> counts)
        => string.Join("  ", order.Select(k => $"{k} {counts.GetValueOrDefault(k)} ({Share(counts.GetValueOrDefault(k)):0.0%})"));

    private double Share(int n) => Total - Errors == 0 ? 0 : (double)n / (Total - Errors);

    private static void Increment(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
