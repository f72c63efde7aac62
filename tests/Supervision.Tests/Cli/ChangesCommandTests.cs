using Supervision.Data.Changes;
using Supervision.Tests.Import;
using Supervision.Tests.Support;

namespace Supervision.Tests.Cli;

/// <summary>`supervision changes`: time-based statuses moving between two nights, with the rules behind the move.</summary>
public sealed class ChangesCommandTests
{
    [Fact]
    public void Changes_AYearLater_ObservationPeriodsEndAndPenaltiesAgeOut()
    {
        using var directory = new TempDirectory();
        var (before, after, output) = (Path.Combine(directory.Path, "a.csv"), Path.Combine(directory.Path, "b.csv"), Path.Combine(directory.Path, "changes.csv"));
        CliRunner.Run("score", "--data", RepoPaths.DataSamples, "--rules", RepoPaths.Rules, "--as-of", "2026-11-27", "--out", before);
        CliRunner.Run("score", "--data", RepoPaths.DataSamples, "--rules", RepoPaths.Rules, "--as-of", "2027-11-27", "--out", after);

        var (code, stdout, _) = CliRunner.Run("changes", "--before", before, "--after", after, "--out", output);
        var rows = File.ReadAllLines(output).Skip(1).Select(l => l.Split(',')).ToList();

        Assert.Equal(0, code);
        Assert.Contains("regime observation → routine", stdout, StringComparison.Ordinal);
        Assert.Contains(rows, r => r[10] == "observation" && r[11] != "observation" && r[13].Split(';').Contains("R-OBSERVATION"));
        Assert.Contains(rows, r => r[13].Split(';').Contains("C-DED-PENALTY-12M"));
        Assert.All(rows, r => Assert.True(r[4] != r[5] || r[6] != r[7] || r[8] != r[9] || r[10] != r[11]));
    }

    [Fact]
    public void Compare_OnlyChangedEnterprisesOnBothNights_ElementsInOrdinalOrder()
    {
        var before = new Dictionary<string, StatusSnapshot>
        {
            ["A"] = Snapshot("A", "III", "routine", "RT-III", "C-DED-PENALTY-12M", "CC-B"),
            ["B"] = Snapshot("B", "II", "routine", "RT-II"),
        };
        StatusSnapshot[] after =
        [
            Snapshot("A", "IV", "trigger_only", "RT-IV", "R-TRIGGER-ONLY", "CC-A"),
            Snapshot("B", "II", "routine", "RT-II", "S-BON-NO-ACC-5Y"),
            Snapshot("C", "I", "blacklist", "R-BLACKLIST"),
        ];

        var change = Assert.Single(NightChanges.Compare(before, after));

        Assert.Equal("A", change.After.Uscc);
        Assert.Equal(["CC-A", "R-TRIGGER-ONLY", "RT-IV"], change.Appeared);
        Assert.Equal(["C-DED-PENALTY-12M", "CC-B", "RT-III"], change.Disappeared);
    }

    [Fact]
    public void Changes_NotAnAssessmentsFile_Exit3WithTheLine()
    {
        using var directory = new TempDirectory();
        var file = Path.Combine(directory.Path, "x.csv");
        File.WriteAllText(file, "a,b\n1,2\n");

        var (code, _, stderr) = CliRunner.Run("changes", "--before", file, "--after", file);

        Assert.Equal(3, code);
        Assert.Contains("x.csv:1: not an assessments export", stderr, StringComparison.Ordinal);
    }

    private static StatusSnapshot Snapshot(string uscc, string category, string regime, params string[] fired)
        => new(uscc, uscc, "2026-11-27", "蓝", "B", category, regime, fired.ToHashSet(StringComparer.Ordinal));
}
