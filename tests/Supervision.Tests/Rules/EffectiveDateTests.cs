using Supervision.Rules.Compilation;
using Supervision.Rules.Scoring;
using Supervision.Tests.Support;

namespace Supervision.Tests.Rules;

/// <summary>Rules and table rows apply only on the as-of dates they are in force.</summary>
public sealed class EffectiveDateTests
{
    private static readonly DateOnly Before = new(2026, 12, 31);
    private static readonly DateOnly After = new(2027, 1, 1);

    [Theory]
    [InlineData(EngineMode.Direct)]
    [InlineData(EngineMode.Memoized)]
    public void Rule_WithValidFrom_FiresOnlyFromThatDate(EngineMode mode)
    {
        using var bundle = new BundleCopy();
        bundle.Append("evaluation/safety.yaml", """
              - id: S-DED-HAZARD-2027
                title: 2027年起重大危险源加扣5分
                when: major_hazard_sources >= 1
                points: -5
                basis: 示例：2027年起施行的新规定
                valid_from: 2027-01-01
            """ + "\n");
        var compiled = BundleSource.Compile(bundle.Directory);
        var input = InputFor(compiled, ("major_hazard_sources", 1.0));

        var before = Score(compiled, input, Before, mode);
        var after = Score(compiled, input, After, mode);

        Assert.DoesNotContain("S-DED-HAZARD-2027", Fired(compiled, before));
        Assert.Contains("S-DED-HAZARD-2027", Fired(compiled, after));
        Assert.Equal(before.SafetyScore - 5, after.SafetyScore);
    }

    [Fact]
    public void RatioRow_ReplacedOnADate_IsNoOverlapAndAppliesByDate()
    {
        using var bundle = new BundleCopy();
        var path = Path.Combine(bundle.Directory, "tables", "ratios.csv");
        var lines = File.ReadAllLines(path).ToList();
        lines[0] += ",valid_from,valid_to";
        for (var i = 1; i < lines.Count; i++)
        {
            lines[i] += lines[i].StartsWith("RT-IV,", StringComparison.Ordinal) ? ",,2026-12-31" : ",,";
        }

        lines.Add("RT-IV-2027,IV,5%,1,false,示例：2027年起A类企业比例调整为5%,2027-01-01,");
        File.WriteAllLines(path, lines);

        var (compiled, diagnostics) = bundle.Compile();

        Assert.Empty(diagnostics);
        var input = InputFor(compiled!, ("emergency_drills_12m", 1.0), ("penalties_36m", 1.0));
        Assert.Equal(0.03, Score(compiled!, input, Before, EngineMode.Direct).Ratio);
        Assert.Equal(0.05, Score(compiled!, input, After, EngineMode.Direct).Ratio);
    }

    [Fact]
    public void RatioRows_OverlappingInTime_AreAnErrorNamingThePeriod()
    {
        using var bundle = new BundleCopy();
        var path = Path.Combine(bundle.Directory, "tables", "ratios.csv");
        var lines = File.ReadAllLines(path).Select((l, i) => l + (i == 0 ? ",valid_from,valid_to" : ",,")).ToList();
        lines.Add("RT-IV-2027,IV,5%,1,false,示例,2027-01-01,");
        File.WriteAllLines(path, lines);

        var (_, diagnostics) = bundle.Compile();

        var error = Assert.Single(diagnostics);
        Assert.Equal("SV060", error.Code);
        Assert.Contains("2027-01-01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_ValidToBeforeValidFrom_IsADiagnostic()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("evaluation/safety.yaml", "    points: 3\n", "    points: 3\n    valid_from: 2027-01-01\n    valid_to: 2026-01-01\n");

        var (_, diagnostics) = bundle.Compile();

        Assert.Contains(diagnostics, d => d.Code == "SV035" && d.Location.File == "evaluation/safety.yaml" && d.Location.Line > 0);
    }

    private static EnterpriseInput InputFor(Supervision.Rules.Compilation.CompiledBundle compiled, params (string Name, object Value)[] values)
    {
        var shipped = ShippedBundle.Input(values);
        var (numbers, texts) = compiled.Layout.NewSlots();
        foreach (var variable in ShippedBundle.Bundle.Catalog.All.Where(v => v.AvailableFrom == 0))
        {
            var target = compiled.Catalog.Get(variable.Name);
            if (variable.IsNumericSlot)
            {
                numbers[target.Slot] = shipped.Numbers[variable.Slot];
            }
            else
            {
                texts[target.Slot] = shipped.Texts[variable.Slot];
            }
        }

        return new EnterpriseInput(shipped.Uscc, shipped.Name, numbers, texts, shipped.Facets);
    }

    private static Outcome Score(Supervision.Rules.Compilation.CompiledBundle compiled, EnterpriseInput input, DateOnly asOf, EngineMode mode)
        => new ScoringEngine(compiled, new ScoringOptions(mode, Parallelism: 1)).Score([input], asOf).Single().Outcome;

    private static List<string> Fired(Supervision.Rules.Compilation.CompiledBundle compiled, Outcome outcome)
        => [.. outcome.Hits.Select(h => compiled.Elements[h].Id)];

    [Fact]
    public void BaseScore_ChangedOnADate_AppliesByDate()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("bundle.yaml", "safety:\n  base_score: 100\n", "safety:\n  base_score:\n    - { value: 100, valid_to: 2026-12-31 }\n    - { value: 95, valid_from: 2027-01-01 }\n");
        var (compiled, diagnostics) = bundle.Compile();
        Assert.Empty(diagnostics);
        var input = InputFor(compiled!, ("emergency_drills_12m", 1.0));

        Assert.Equal(100, Score(compiled!, input, Before, EngineMode.Memoized).SafetyScore);
        Assert.Equal(95, Score(compiled!, input, After, EngineMode.Direct).SafetyScore);
    }

    [Fact]
    public void BaseScore_OverlappingPeriods_AreADiagnostic_AndAGapIsAnEvaluationError()
    {
        using var overlapping = new BundleCopy();
        overlapping.Replace("bundle.yaml", "safety:\n  base_score: 100\n", "safety:\n  base_score:\n    - { value: 100, valid_to: 2027-06-30 }\n    - { value: 95, valid_from: 2027-01-01 }\n");
        using var gap = new BundleCopy();
        gap.Replace("bundle.yaml", "safety:\n  base_score: 100\n", "safety:\n  base_score:\n    - { value: 100, valid_from: 2027-01-01 }\n");

        var (_, diagnostics) = overlapping.Compile();
        var (compiled, _) = gap.Compile();

        Assert.Contains(diagnostics, d => d.Code == "SV013" && d.Location.File == "bundle.yaml");
        var outcome = Score(compiled!, InputFor(compiled!), Before, EngineMode.Direct);
        Assert.Contains("no safety or credit base_score in force on 2026-12-31", outcome.Error, StringComparison.Ordinal);
    }
}
