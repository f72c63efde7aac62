using Supervision.Draws.Plans;
using Supervision.Rules.Diagnostics;
using Supervision.Tests.Support;

namespace Supervision.Tests.Draws;

public sealed class PlanLoaderTests
{
    [Theory]
    [InlineData("2026-12-market.yaml")]
    [InlineData("2026-12-safety.yaml")]
    [InlineData("2026-12-port-joint.yaml")]
    [InlineData("2026-12-shenguan-approvals.yaml")]
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

    [Theory]
    [InlineData("general_items_per_task: 2", "general_items_per_task: 50", "SV216", 32, 25)]
    [InlineData("general_items_per_task: 2", "general_items_per_task: 7", "SV216", 32, 25)]
    [InlineData("id: SJ-2026-12-AQ", "id: -SJ", "SV201", 2, 5)]
    [InlineData("schedule: \"30 2 1 12 *\"", "schedule: \"every friday\"", "SV235", 41, 11)]
    [InlineData("schedule: \"30 2 1 12 *\"", "schedule: \"30 2 1 13 *\"", "SV235", 41, 11)]
    public void Load_ValueNoDrawCanUse_IsADiagnosticAtItsValue(string oldText, string newText, string code, int line, int column)
    {
        var path = Path.Combine(Path.GetTempPath(), $"plan-{Guid.NewGuid():N}.yaml");
        var text = File.ReadAllText(Path.Combine(RepoPaths.Rules, "plans", "2026-12-safety.yaml"));
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(oldText, newText, StringComparison.Ordinal));
        var diagnostics = new DiagnosticBag();

        var plan = PlanLoader.Load(path, DrawWorld.Categories, diagnostics);

        Assert.Null(plan);
        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal((code, line, column), (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column));
        File.Delete(path);
    }

    [Fact]
    public void Load_GeneralItemsPerTaskEqualToTheGeneralItems_IsValid()
    {
        var path = Path.Combine(Path.GetTempPath(), $"plan-{Guid.NewGuid():N}.yaml");
        var text = File.ReadAllText(Path.Combine(RepoPaths.Rules, "plans", "2026-12-safety.yaml"));
        var general = PlanLoader.Load(Path.Combine(RepoPaths.Rules, "plans", "2026-12-safety.yaml"), DrawWorld.Categories, new DiagnosticBag())!
            .Items.Count(i => !i.Key);
        File.WriteAllText(path, text.Replace("general_items_per_task: 2", $"general_items_per_task: {general}", StringComparison.Ordinal));
        var diagnostics = new DiagnosticBag();

        Assert.NotNull(PlanLoader.Load(path, DrawWorld.Categories, diagnostics));
        Assert.Empty(diagnostics.Items);
        File.Delete(path);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF }, 0xFF, 2, 5)]
    [InlineData(new byte[] { 0xE4, 0xB8 }, 0xE4, 2, 5)] // a truncated sequence, reported at its first byte
    [InlineData(new byte[] { 0xC3, 0xA9, 0x80 }, 0x80, 2, 6)] // a stray continuation byte after a valid é
    public void Load_NotUtf8_IsSV016AtTheFirstBadByte(byte[] bad, byte first, int line, int column)
    {
        var path = Path.Combine(Path.GetTempPath(), $"plan-{Guid.NewGuid():N}.yaml");
        File.WriteAllBytes(path, [.. "id: x\nid2 "u8, .. bad, .. "\n"u8]);
        var diagnostics = new DiagnosticBag();

        Assert.Null(PlanLoader.Load(path, DrawWorld.Categories, diagnostics));

        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal(("SV016", line, column), (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains($"not UTF-8: byte 0x{first:X2}", diagnostic.Message, StringComparison.Ordinal);
        File.Delete(path);
    }

    [Fact]
    public void Load_ShippedApprovalPlan_ReadsItsIntakeDeadlineShareAndFullVerification()
    {
        var plan = PlanLoader.Load(Path.Combine(RepoPaths.Rules, "plans", "2026-12-shenguan-approvals.yaml"), DrawWorld.Categories, new DiagnosticBag());

        var approvals = plan!.Approvals!;
        Assert.Equal((5, 20, 0.3m), (approvals.IntakeWorkingDays, approvals.VerifyWithinWorkingDays, approvals.Share));
        Assert.Equal(["特种设备使用登记"], approvals.FullMatters);
        Assert.Equal(["I"], approvals.FullCategories);
    }

    [Theory]
    [InlineData("general_items_per_task: 1", "general_items_per_task: 1\nratios: { IV: 5% }", "SV217")]
    [InlineData("general_items_per_task: 1", "general_items_per_task: 1\ncaps: { per_department_per_year: 2 }", "SV217")]
    [InlineData("departments: [市场监管局]", "departments: [市场监管局, 应急管理局]", "SV218")]
    [InlineData("verify_within_working_days: 20", "verify_within_working_days: 9", "SV219")]
    [InlineData("share: 30%", "share: 0%", "SV210")]
    [InlineData("categories: [I]", "categories: [I, V]", "SV204")]
    [InlineData("intake_working_days: 5", "intake_days: 5", "SV003")]
    public void Load_ApprovalPlanWithWhatCannotApply_IsADiagnostic(string oldText, string newText, string code)
    {
        var path = Path.Combine(Path.GetTempPath(), $"plan-{Guid.NewGuid():N}.yaml");
        var text = File.ReadAllText(Path.Combine(RepoPaths.Rules, "plans", "2026-12-shenguan-approvals.yaml"));
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(oldText, newText, StringComparison.Ordinal));
        var diagnostics = new DiagnosticBag();

        var plan = PlanLoader.Load(path, DrawWorld.Categories, diagnostics);

        Assert.Null(plan);
        Assert.Contains(diagnostics.Items, d => d.Code == code && d.Location.Line > 0);
        File.Delete(path);
    }
}
