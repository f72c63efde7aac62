using System.Text;
using Supervision.Application.Draws;
using Supervision.Data.Draws;
using Supervision.Draws.Drawing;
using Supervision.Draws.Record;
using Supervision.Rules.Diagnostics;
using Supervision.Tests.Support;

namespace Supervision.Tests.Draws;

/// <summary>
/// The draw on data-samples with the shipped plans, as-of 2026-11-27 and the documented seed reproduces the checked-in
/// record, snapshot and notice byte for byte. Accept an intended change with SUPERVISION_UPDATE_GOLDEN=1.
/// </summary>
public sealed class GoldenDrawTests
{
    private static readonly string GoldenDirectory = Path.Combine(RepoPaths.Root, "tests", "Supervision.Tests", "Golden", "draw-2026-11-27");

    public static TheoryData<string> Files => [DrawOutputs.RecordFile, DrawOutputs.PopulationFile, "notice.csv", "exclusions.csv"];

    private static readonly Lazy<string> Output = new(() =>
    {
        var directory = Directory.CreateTempSubdirectory("supervision-draw-").FullName;
        var diagnostics = new DiagnosticBag();
        var plans = Directory.GetFiles(Path.Combine(RepoPaths.Rules, "plans"), "*.yaml").Order(StringComparer.Ordinal).ToList();
        var (result, _) = DrawOnce.Run(ShippedBundle.Bundle, plans, RepoPaths.DataSamples, Path.Combine(RepoPaths.Rules, "calendar", "cn-working-days.csv"),
            DrawWorld.AsOf, DrawWorld.Seed, diagnostics);
        Assert.Empty(diagnostics.Items);
        DrawOutputs.Write(directory, result!);
        if (Environment.GetEnvironmentVariable("SUPERVISION_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(GoldenDirectory);
            foreach (var file in new[] { DrawOutputs.RecordFile, DrawOutputs.PopulationFile, "notice.csv", "exclusions.csv" })
            {
                File.Copy(Path.Combine(directory, file), Path.Combine(GoldenDirectory, file), overwrite: true);
            }
        }

        return directory;
    });

    [Theory]
    [MemberData(nameof(Files))]
    public void Draw_DataSamples_ReproducesTheGoldenFile(string file)
    {
        var actual = File.ReadAllBytes(Path.Combine(Output.Value, file));
        var expected = File.ReadAllBytes(Path.Combine(GoldenDirectory, file));

        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Verify_GoldenRecord_IsReproduced()
    {
        var record = RecordJson.Read(Path.Combine(GoldenDirectory, DrawOutputs.RecordFile));

        var problems = DrawVerifier.Verify(record, File.ReadAllBytes(Path.Combine(GoldenDirectory, DrawOutputs.PopulationFile)));

        Assert.Empty(problems);
        Assert.Contains(record.Outcome.Visits, v => v.Joint);
    }

    [Fact]
    public void PublicOutputs_NeverShowPoolsCategoriesOrCreditClasses()
    {
        var notice = File.ReadAllText(Path.Combine(Output.Value, "notice.html")) + File.ReadAllText(Path.Combine(Output.Value, "notice.csv"));
        var tasks = string.Concat(Directory.GetFiles(Path.Combine(Output.Value, "tasks")).Select(File.ReadAllText));

        foreach (var text in new[] { notice, tasks })
        {
            Assert.DoesNotContain("blacklist", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("verification", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("监管类别", text, StringComparison.Ordinal);
            Assert.DoesNotContain("信用风险", text, StringComparison.Ordinal);
            Assert.DoesNotContain(",I,", text, StringComparison.Ordinal);
        }

        Assert.Contains("依据", tasks, StringComparison.Ordinal);
        Assert.Contains("SHA-256", notice, StringComparison.Ordinal);
    }
}
