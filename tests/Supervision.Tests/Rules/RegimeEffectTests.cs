using Supervision.Application.Draws;
using Supervision.Draws.Drawing;
using Supervision.Rules.Bundle;
using Supervision.Rules.Diagnostics;
using Supervision.Tests.Cli;
using Supervision.Tests.Draws;
using Supervision.Tests.Support;

namespace Supervision.Tests.Rules;

/// <summary>
/// What a regime does to a draw is declared by the bundle: a regime the draw does not know is refused at its line in
/// bundle.yaml, never drawn as routine; a regime declared with its effect is drawn by that effect, whatever its name.
/// </summary>
public sealed class RegimeEffectTests
{
    [Fact]
    public void ShippedBundle_EveryRegimeHasItsEffect()
    {
        var manifest = ShippedBundle.Bundle.Bundle.Manifest;

        Assert.Equal(RegimeCatalog.Known, manifest.RegimeEffects);
        Assert.Equal(["blacklist"], RegimeEffects.Of(manifest).AlwaysDrawn);
    }

    [Fact]
    public void RenamedRegime_EverywhereConsistently_IsRefusedAtItsLineInBundleYaml()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("bundle.yaml", "regimes: [blacklist, dormant, observation, trigger_only]", "regimes: [blacklisted, dormant, observation, trigger_only]");
        bundle.Replace("evaluation/regimes.yaml", "regime: blacklist", "regime: blacklisted");

        var (compiled, diagnostics) = bundle.Compile();

        Assert.Null(compiled);
        var error = Assert.Single(diagnostics);
        Assert.Equal(("SV014", "bundle.yaml", 22, 11), (error.Code, error.Location.File, error.Location.Line, error.Location.Column));
        Assert.Contains("regime 'blacklisted' has no draw effect", error.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'blacklist'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RenamedRegime_RulesCheckExitsTwoWithTheLocation()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("bundle.yaml", "regimes: [blacklist, dormant, observation, trigger_only]", "regimes: [blacklist, dormant, probation, trigger_only]");
        bundle.Replace("evaluation/regimes.yaml", "regime: observation", "regime: probation");

        var (code, output, error) = CliRunner.Run("rules", "check", "--rules", bundle.Directory);

        Assert.Equal(2, code);
        Assert.Contains("bundle.yaml:22:31: error SV014: regime 'probation' has no draw effect", output + error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ name: severe_list, draw: sometimes }", "draw 'sometimes' of regime 'severe_list' is not an effect the draw knows")]
    [InlineData("{ name: severe_list }", "'draw'")]
    [InlineData("[nested]", "items of 'regimes'")]
    public void BadDeclaration_IsRefusedAtTheItem(string item, string message)
    {
        using var bundle = new BundleCopy();
        bundle.Replace("bundle.yaml", "regimes: [blacklist, dormant, observation, trigger_only]", $"regimes: [blacklist, dormant, observation, trigger_only, {item}]");

        var (compiled, diagnostics) = bundle.Compile();

        Assert.Null(compiled);
        Assert.Contains(diagnostics, d => d.Location.File == "bundle.yaml" && d.Location.Line == 22 && d.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void RenamedRegime_DeclaredWithItsEffect_IsDrawnByThatEffect_InAPoolOfItsName()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("bundle.yaml", "regimes: [blacklist, dormant, observation, trigger_only]",
            "regimes:\n  - { name: severe_list, draw: always }\n  - dormant\n  - observation\n  - trigger_only");
        bundle.Replace("evaluation/regimes.yaml", "regime: blacklist", "regime: severe_list");
        var (compiled, diagnostics) = bundle.Compile();
        Assert.NotNull(compiled);
        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);

        var renamed = Draw(compiled);
        var shipped = Draw(ShippedBundle.Bundle);

        var listed = shipped.Population.Where(e => e.Pool == "blacklist").Select(e => e.Uscc).ToList();
        Assert.NotEmpty(listed);
        Assert.Equal(listed, renamed.Population.Where(e => e.Pool == "severe_list").Select(e => e.Uscc));
        Assert.Equal(shipped.Record.Outcome.Tasks.Select(t => t.Uscc).Order(StringComparer.Ordinal), renamed.Record.Outcome.Tasks.Select(t => t.Uscc).Order(StringComparer.Ordinal));
        var pools = renamed.Record.Outcome.Pools.Where(p => p.Pool == "severe_list").ToList();
        Assert.Equal(renamed.Record.Plans.Count, pools.Count);
        Assert.All(pools, pool => Assert.Equal(pool.Eligible, pool.Drawn));
    }

    private static DrawResult Draw(Supervision.Rules.Compilation.CompiledBundle bundle)
    {
        var diagnostics = new DiagnosticBag();
        var (result, _) = DrawOnce.Run(bundle, DrawOnce.DefaultPlanFiles(RepoPaths.Rules), RepoPaths.DataSamples,
            Path.Combine(RepoPaths.Rules, "calendar", "cn-working-days.csv"), DrawWorld.AsOf, DrawWorld.Seed, diagnostics);
        Assert.NotNull(result);
        return result;
    }
}
