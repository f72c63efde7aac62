using Supervision.Draws.Plans;
using Supervision.Rules.Diagnostics;
using Supervision.Tests.Support;

namespace Supervision.Tests.Draws;

public sealed class PlanLoaderTests
{
    [Theory]
    [InlineData("2026-12-market.yaml")]
    [InlineData("2026-12-safety.yaml")]
    public void Load_ShippedPlans_AreValid(string file)
    {
        var diagnostics = new DiagnosticBag();

        var plan = PlanLoader.Load(Path.Combine(RepoPaths.Rules, "plans", file), DrawWorld.Categories, diagnostics);

        Assert.NotNull(plan);
        Assert.Empty(diagnostics.Items);
        Assert.All(plan!.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Basis)));
    }

    [Fact]
    public void Load_TeamOfOneAndUnknownCategory_AreDiagnosticsWithLines()
    {
        var path = Path.Combine(Path.GetTempPath(), $"plan-{Guid.NewGuid():N}.yaml");
        var text = File.ReadAllText(Path.Combine(RepoPaths.Rules, "plans", "2026-12-safety.yaml"))
            .Replace("team_size: 2", "team_size: 1", StringComparison.Ordinal)
            .Replace("categories: [I, II, III]", "categories: [I, II, V]", StringComparison.Ordinal);
        File.WriteAllText(path, text);
        var diagnostics = new DiagnosticBag();

        var plan = PlanLoader.Load(path, DrawWorld.Categories, diagnostics);

        Assert.Null(plan);
        Assert.Contains(diagnostics.Items, d => d.Code == "SV211" && d.Message.Contains("第四十二条", StringComparison.Ordinal) && d.Location.Line > 0);
        Assert.Contains(diagnostics.Items, d => d.Code == "SV204" && d.Message.Contains("'V'", StringComparison.Ordinal));
        File.Delete(path);
    }
}
