using Supervision.Rules.Diagnostics;
using Supervision.Tests.Support;

namespace Supervision.Tests.Rules;

/// <summary>
/// The 3 % floor of a category's ratio (工商总局令第67号): below it a warning (SV088) naming the row and the categories,
/// unless bundle.yaml's ratio_floor exempts the category with its reason; a malformed ratio_floor is an error (SV089).
/// </summary>
public sealed class RatioFloorTests
{
    [Fact]
    public void ARatioBelowTheFloor_IsAWarningAtItsRow_TheBundleStillCompiles()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("tables/ratios.csv", "RT-IV,IV,3%,1,false", "RT-IV,IV,2%,1,false");

        var (compiled, diagnostics) = bundle.Compile();

        Assert.NotNull(compiled);
        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, "SV088", "tables/ratios.csv"), (warning.Severity, warning.Code, warning.Location.File));
        Assert.Contains("row RT-IV: ratio 2% for IV is below the 3% floor", warning.Message, StringComparison.Ordinal);
        Assert.Contains("工商总局令第67号", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExemptionWithItsReason_SilencesTheWarning_ForThatCategoryOnly()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("tables/ratios.csv", "RT-IV,IV,3%,1,false", "RT-IV,IV,1%,1,false");
        bundle.Replace("tables/ratios.csv", "RT-III,III,5%,1,false", "RT-III,III,2%,1,false");
        bundle.Replace("bundle.yaml", "\nsafety:", "\nratio_floor:\n  exempt:\n    - { category: IV, reason: \"河南省2021年方案：低风险企业按1%抽查，全辖不定向抽查总体不低于3%\" }\nsafety:");

        var (compiled, diagnostics) = bundle.Compile();

        Assert.NotNull(compiled);
        var warning = Assert.Single(diagnostics);
        Assert.Contains("row RT-III: ratio 2% for III", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFloorOfTheBundlesOwn_IsApplied()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("bundle.yaml", "\nsafety:", "\nratio_floor: { minimum: 4%, basis: 本片区监管局规定不低于4% }\nsafety:");

        var (_, diagnostics) = bundle.Compile();

        var warning = Assert.Single(diagnostics);
        Assert.Contains("row RT-IV: ratio 3% for IV is below the 4% floor (本片区监管局规定不低于4%)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APlansOwnRatioBelowTheFloor_IsAWarningAtIt_UnlessTheBundleExemptsTheCategory()
    {
        using var directory = new Supervision.Tests.Import.TempDirectory();
        var plan = Path.Combine(directory.Path, "plan.yaml");
        File.WriteAllText(plan, File.ReadAllText(Path.Combine(RepoPaths.Rules, "plans", "2026-12-market.yaml"))
            .Replace("ratios: {}", "ratios: { IV: 2% }", StringComparison.Ordinal));
        var categories = new[] { "I", "II", "III", "IV" };
        var warned = new DiagnosticBag();
        var exempted = new DiagnosticBag();

        var plans = Supervision.Draws.Plans.PlanLoader.LoadAll([plan], categories, warned, "plans", Supervision.Rules.Bundle.RatioFloor.Default);
        Supervision.Draws.Plans.PlanLoader.LoadAll([plan], categories, exempted, "plans", Supervision.Rules.Bundle.RatioFloor.Default with
        {
            Exemptions = new Dictionary<string, string> { ["IV"] = "本计划针对低风险企业的定向抽查，比例2%经局务会审定" },
        });

        Assert.NotNull(plans);
        var warning = Assert.Single(warned.Items);
        Assert.Equal((DiagnosticSeverity.Warning, "SV088"), (warning.Severity, warning.Code));
        Assert.Contains("the plan's ratio 2% for IV is below the 3% floor", warning.Message, StringComparison.Ordinal);
        Assert.Empty(exempted.Items);
    }

    [Theory]
    [InlineData("{ exempt: [{ category: V, reason: 无此类别 }] }", "SV089", "not a category")]
    [InlineData("{ exempt: [{ category: IV, reason: \" \" }] }", "SV005", "'reason' must be a non-empty text value")]
    [InlineData("{ exempt: [{ category: IV, reason: 甲 }, { category: IV, reason: 乙 }] }", "SV089", "exempts 'IV' twice")]
    [InlineData("{ minimum: 120% }", "SV089", "must be a ratio from 0 to 1")]
    public void AMalformedFloor_IsAnError(string floor, string code, string message)
    {
        using var bundle = new BundleCopy();
        bundle.Replace("bundle.yaml", "\nsafety:", $"\nratio_floor: {floor}\nsafety:");

        var (compiled, diagnostics) = bundle.Compile();

        Assert.Null(compiled);
        Assert.Contains(diagnostics, d => d.Code == code && d.Message.Contains(message, StringComparison.Ordinal));
    }
}
