using Supervision.Tests.Cli;
using Supervision.Tests.Import;
using Supervision.Tests.Support;

namespace Supervision.Tests.Alerts;

/// <summary>
/// 审管联动 as a department records it: an approval granted on a commitment, verified and found false, in approvals.csv of a
/// copy of data-samples; the night of the finding raises the category with C-DED-FALSE-COMMITMENT and its basis, and
/// the alert list names it, against the night before.
/// </summary>
public sealed class FalseCommitmentTests
{
    [Fact]
    public void ACommitmentFoundFalse_ChangesTheNextNightsCategory_WithItsBasis_AndRaisesARedAlert()
    {
        using var data = new TempDirectory();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.DataSamples, "*.csv"))
        {
            File.Copy(file, Path.Combine(data.Path, Path.GetFileName(file)));
        }

        using var output = new TempDirectory();
        var before = Path.Combine(output.Path, "before", "assessments.csv");
        Assert.Equal(0, CliRunner.Run("score", "--data", data.Path, "--rules", RepoPaths.Rules, "--as-of", "2026-11-30", "--out", before).ExitCode);
        var quiet = File.ReadAllLines(before).Skip(1).Select(l => l.Split(','))
            .First(f => f[11] == "IV" && f[15] == "trigger_only" && f[9] == "100");
        var uscc = quiet[0];
        File.AppendAllLines(Path.Combine(data.Path, "approvals.csv"),
            [$"营自贸审承〔2026〕9999999号,{uscc},commitment,食品经营许可,市场监管局,2026-10-15,符合许可条件；具备经营场所,2026-12-01,false"]);

        var after = Path.Combine(output.Path, "after", "assessments.csv");
        var (code, stdout, error) = CliRunner.Run("score", "--data", data.Path, "--rules", RepoPaths.Rules, "--as-of", "2026-12-01", "--out", after,
            "--previous", before);
        var explanation = CliRunner.Run("explain", uscc, "--data", data.Path, "--rules", RepoPaths.Rules, "--as-of", "2026-12-01").Out;

        Assert.True(code is 0 or 4, error);
        Assert.Contains("compared with 4000 previous assessments", stdout, StringComparison.Ordinal);
        var row = File.ReadAllLines(after).Single(l => l.StartsWith(uscc + ",", StringComparison.Ordinal)).Split(',');
        Assert.Equal(("70", "C"), (row[9], row[10]));
        Assert.NotEqual("IV", row[11]);
        Assert.Contains("C-DED-FALSE-COMMITMENT", row[16], StringComparison.Ordinal);
        Assert.Contains("国办发〔2020〕42号", explanation, StringComparison.Ordinal);
        var alerts = File.ReadAllLines(Path.Combine(output.Path, "after", "alerts.csv")).Where(l => l.Contains(uscc, StringComparison.Ordinal)).ToList();
        Assert.Contains(alerts, a => a.StartsWith("2026-12-01,red,verification_failed,", StringComparison.Ordinal)
            && a.Contains("A-COMMITMENT-FALSE", StringComparison.Ordinal) && a.Contains("new_false_commitments=1", StringComparison.Ordinal));
        Assert.Contains(alerts, a => a.Contains("A-CATEGORY-RISE", StringComparison.Ordinal));

        // Trigger-only until tonight? Its alert is then a case lead of tonight's draw.
        var lead = alerts.Single(a => a.Contains("A-COMMITMENT-FALSE", StringComparison.Ordinal));
        Assert.Equal(row[15] is "trigger_only" or "observation", lead.Contains(",true,YJ-A-COMMITMENT-FALSE-20261201", StringComparison.Ordinal));
    }
}
