using System.Text;
using Supervision.Tests.Cli;
using Supervision.Tests.Import;
using Supervision.Tests.Support;

namespace Supervision.Tests.Lists;

/// <summary>`supervision credit repair` as a regulator runs it on a copy of data-samples, then the nights that follow.</summary>
public sealed class CreditRepairCommandTests
{
    // In force on data-samples' as-of date for more than 12 months, with no penalty after the listing.
    private const string Listed = "91210804MAL1MJT7X3";

    [Fact]
    public void Repair_ConditionsHold_IsGranted_Recorded_AndTheNextNightScoresItOffTheList()
    {
        using var data = Copy();
        var listing = BlacklistOf(data.Path, Listed);
        var before = Score(data.Path, "2026-12-09", Listed);
        Assert.Contains("C-D-BLACKLIST", before, StringComparison.Ordinal);

        var (code, output, error) = CliRunner.Run("credit", "repair", Listed, "--data", data.Path, "--rules", RepoPaths.Rules, "--listing", listing,
            "--applied", "2026-12-01", "--decided", "2026-12-10", "--penalties-fulfilled", "--harm-removed", "--commitment-signed", "--decision-no", "营自贸市监信修〔2026〕7号");

        Assert.True(code == 0, error);
        Assert.Contains("准予移出 (granted)", output, StringComparison.Ordinal);
        Assert.Contains("2026-12-10 移出：L-BL-REPAIR", output, StringComparison.Ordinal);
        var row = File.ReadAllLines(Path.Combine(data.Path, "credit-repairs.csv"), Encoding.UTF8)[^1];
        Assert.Equal($"{Listed},blacklist,{listing},2026-12-01,2026-12-10,true,true,true,false,approved,营自贸市监信修〔2026〕7号", row);
        Assert.Contains("C-D-BLACKLIST", Score(data.Path, "2026-12-09", Listed), StringComparison.Ordinal);
        var after = Score(data.Path, "2026-12-10", Listed);
        Assert.Contains("L-BL-REPAIR", after, StringComparison.Ordinal);
        Assert.DoesNotContain("C-D-BLACKLIST", after, StringComparison.Ordinal);
    }

    [Fact]
    public void Repair_WithoutCommitment_IsNotGranted_TheConditionThatFailedIsNamed_AndTheListingStays()
    {
        using var data = Copy();
        var listing = BlacklistOf(data.Path, Listed);

        var (code, output, _) = CliRunner.Run("credit", "repair", Listed, "--data", data.Path, "--rules", RepoPaths.Rules, "--listing", listing,
            "--applied", "2026-12-01", "--decided", "2026-12-10", "--penalties-fulfilled", "--harm-removed");

        Assert.Equal(0, code);
        Assert.Contains("不予移出 (not granted)", output, StringComparison.Ordinal);
        Assert.Contains("✗ commitment_signed", output, StringComparison.Ordinal);
        Assert.EndsWith(",rejected,", File.ReadAllLines(Path.Combine(data.Path, "credit-repairs.csv"), Encoding.UTF8)[^1], StringComparison.Ordinal);
        Assert.Contains("C-D-BLACKLIST", Score(data.Path, "2026-12-11", Listed), StringComparison.Ordinal);
    }

    [Fact]
    public void Repair_PendingThenDecided_TwoRows_TheSameApplicationTwiceIsRefusedWithFileAndLine_AndNothingChanges()
    {
        using var data = Copy();
        var listing = BlacklistOf(data.Path, Listed);
        string[] args = ["credit", "repair", Listed, "--data", data.Path, "--rules", RepoPaths.Rules, "--listing", listing, "--applied", "2026-12-01"];

        var pending = CliRunner.Run(args);
        var file = Path.Combine(data.Path, "credit-repairs.csv");
        var afterPending = File.ReadAllBytes(file);
        var twice = CliRunner.Run(args);

        Assert.Equal(0, pending.ExitCode);
        Assert.Contains("(pending)", pending.Out, StringComparison.Ordinal);
        Assert.Equal(4, twice.ExitCode);
        Assert.Contains("credit-repairs.csv:", twice.Error, StringComparison.Ordinal);
        Assert.Contains("duplicate application", twice.Error, StringComparison.Ordinal);
        Assert.Equal(afterPending, File.ReadAllBytes(file));
        var decided = CliRunner.Run([.. args, "--decided", "2026-12-10", "--penalties-fulfilled", "--harm-removed", "--commitment-signed"]);
        Assert.Equal(0, decided.ExitCode);
        Assert.Contains("L-BL-REPAIR", Score(data.Path, "2026-12-10", Listed), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nope", "2026-12-01", 4, "has no blacklist listing nope")]
    [InlineData(null, "2026-13-01", 1, "is not a date")]
    public void Repair_BadRequests_ExitWithTheirCode_AndWriteNothing(string? listing, string applied, int expected, string message)
    {
        using var data = Copy();
        var before = File.ReadAllBytes(Path.Combine(data.Path, "credit-repairs.csv"));

        var (code, _, error) = CliRunner.Run("credit", "repair", Listed, "--data", data.Path, "--rules", RepoPaths.Rules,
            "--listing", listing ?? BlacklistOf(data.Path, Listed), "--applied", applied, "--decided", "2026-12-10");

        Assert.Equal(expected, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(data.Path, "credit-repairs.csv")));
    }

    private static TempDirectory Copy()
    {
        var data = new TempDirectory();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.DataSamples, "*.csv"))
        {
            File.Copy(file, Path.Combine(data.Path, Path.GetFileName(file)));
        }

        return data;
    }

    private static string BlacklistOf(string data, string uscc)
        => File.ReadAllLines(Path.Combine(data, "credit-records.csv"), Encoding.UTF8)
            .Select(l => l.Split(','))
            .Single(c => c[0] == uscc && c[1] == "blacklist" && c[3].Length == 0)[6];

    /// <summary>The enterprise's assessment row as `score` writes it on <paramref name="asOf"/>.</summary>
    private static string Score(string data, string asOf, string uscc)
    {
        var output = Path.Combine(data, $"assessments-{asOf}.csv");
        var (code, _, error) = CliRunner.Run("score", "--data", data, "--rules", RepoPaths.Rules, "--as-of", asOf, "--out", output);
        Assert.True(code == 0, error);
        return File.ReadAllLines(output, Encoding.UTF8).Single(l => l.StartsWith(uscc, StringComparison.Ordinal));
    }
}
