using Supervision.Rules.Compilation;
using Supervision.Rules.Scoring;

namespace Supervision.Tests.Support;

/// <summary>The shipped default bundle, compiled once per test run, and a way to make inputs for it.</summary>
internal static class ShippedBundle
{
    private static readonly Lazy<CompiledBundle> Compiled = new(() => BundleSource.Compile(RepoPaths.Rules));

    public static CompiledBundle Bundle => Compiled.Value;

    /// <summary>An enterprise with schema defaults, a full training rate and the given values.</summary>
    public static EnterpriseInput Input(params (string Name, object Value)[] values)
    {
        var layout = Bundle.Layout;
        var (numbers, texts) = layout.NewSlots();
        layout.Set(numbers, texts, "industry_code", "C2614");
        layout.Set(numbers, texts, "region", "综合保税区");
        layout.Set(numbers, texts, "status", "operating");
        layout.Set(numbers, texts, "registration_date", new DateOnly(2010, 1, 1));
        layout.Set(numbers, texts, "new_business_form", false);
        layout.Set(numbers, texts, "safety_training_rate", 1.0);
        foreach (var name in new[] { "penalties_12m", "penalties_36m", "penalty_amount_36m", "inspections_24m", "violations_24m" })
        {
            layout.Set(numbers, texts, name, 0.0);
        }

        layout.Set(numbers, texts, "abnormal_listed", false);
        layout.Set(numbers, texts, "blacklisted", false);
        foreach (var (name, value) in values)
        {
            layout.Set(numbers, texts, name, value);
        }

        return new EnterpriseInput("91210800MA0TEST001", "测试企业", numbers, texts, EnterpriseFacets.None);
    }

    public static Outcome Score(EnterpriseInput input, EngineMode mode = EngineMode.Direct, DateOnly? asOf = null)
        => new ScoringEngine(Bundle, new ScoringOptions(mode, Parallelism: 1)).Score([input], asOf ?? new DateOnly(2026, 11, 27)).Single().Outcome;

    public static IReadOnlyList<string> Fired(Outcome outcome) => [.. outcome.Hits.Select(h => Bundle.Elements[h].Id)];
}
