using Supervision.Tests.Cli;
using Supervision.Tests.Import;
using Supervision.Tests.Support;

namespace Supervision.Tests.Alerts;

/// <summary>`supervision score` raising the night's alerts, against no previous night and against an earlier export.</summary>
public sealed class ScoreAlertsCommandTests
{
    [Fact]
    public void Score_TwoNightsAYearApart_TheSecondAlertsTheRisesAgainstTheFirstsExport()
    {
        using var output = new TempDirectory();
        var first = Path.Combine(output.Path, "2026", "assessments.csv");
        var second = Path.Combine(output.Path, "2027", "assessments.csv");

        var (code, stdout, _) = CliRunner.Run("score", "--data", RepoPaths.DataSamples, "--rules", RepoPaths.Rules, "--as-of", "2026-11-27", "--out", first);
        var (laterCode, laterOut, _) = CliRunner.Run("score", "--data", RepoPaths.DataSamples, "--rules", RepoPaths.Rules, "--as-of", "2027-11-27", "--out", second,
            "--previous", first);

        Assert.Equal(0, code);
        Assert.Contains("compared with no previous assessment", stdout, StringComparison.Ordinal);
        var firstAlerts = File.ReadAllLines(Path.Combine(output.Path, "2026", "alerts.csv"));
        Assert.Equal("as_of,level,kind,uscc,name,regime,rule,title,values,basis,lead,lead_reference", firstAlerts[0].TrimStart('\uFEFF'));
        Assert.DoesNotContain(firstAlerts, line => line.Contains("category_rose", StringComparison.Ordinal));

        Assert.Equal(0, laterCode);
        Assert.Contains("compared with 4000 previous assessments", laterOut, StringComparison.Ordinal);
        var laterAlerts = File.ReadAllLines(Path.Combine(output.Path, "2027", "alerts.csv")).Skip(1).ToList();
        Assert.Contains(laterAlerts, line => line.StartsWith("2027-11-27,red,category_rose,", StringComparison.Ordinal) && line.Contains(",A-CATEGORY-TO-I,", StringComparison.Ordinal));

        // Most urgent first.
        var levels = laterAlerts.Select(line => line.Split(',')[1]).ToList();
        Assert.Equal(levels.OrderBy(l => l switch { "red" => 0, "orange" => 1, _ => 2 }), levels);
    }

    [Fact]
    public void Score_APreviousExportWithABrokenRow_IsRefusedWhole_ExitThree_NothingWritten()
    {
        using var output = new TempDirectory();
        var previous = Path.Combine(output.Path, "previous.csv");
        File.WriteAllLines(previous,
        [
            "uscc,as_of,category,safety_score,credit_score",
            "91210800MA1A4KGJ1A,2026-11-27,II,100,70",
            "91210800MA1A4KGJ1A,2026-11-2x,II,100,70",
        ]);
        var file = Path.Combine(output.Path, "out", "assessments.csv");

        var (code, _, error) = CliRunner.Run("score", "--data", RepoPaths.DataSamples, "--rules", RepoPaths.Rules, "--as-of", "2027-11-27", "--out", file,
            "--previous", previous);
        var (missingCode, _, missingError) = CliRunner.Run("score", "--data", RepoPaths.DataSamples, "--rules", RepoPaths.Rules, "--as-of", "2027-11-27", "--out", file,
            "--previous", Path.Combine(output.Path, "none.csv"));

        Assert.Equal(3, code);
        Assert.Contains("previous.csv:3:", error, StringComparison.Ordinal);
        Assert.Contains("alerts compared with part of a night would mislead", error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
        Assert.Equal(3, missingCode);
        Assert.Contains("--previous must name an assessments CSV", missingError, StringComparison.Ordinal);
    }
}
