using System.Text;
using Supervision.Draws.Gates;
using Supervision.Runs;
using Supervision.Tests.Cli;
using Supervision.Tests.Nightly;
using Supervision.Tests.Support;

namespace Supervision.Tests.Import;

/// <summary>
/// A safety-indicators.csv without a column the bundle reads: without a declared default it is an error at the header
/// that rejects every row, so `score` exits with a problem code and the nightly draw is refused; with a default it is a
/// warning that names the default every row takes.
/// </summary>
public sealed class MissingIndicatorColumnTests
{
    [Fact]
    public void Score_ColumnWithoutDefaultDeleted_ErrorAtHeaderColumn_EveryRowRejected_ExitsWithProblems()
    {
        using var data = DataSamplesWithout("safety_training_rate");
        var file = System.IO.Path.Combine(data.Path, "out.csv");

        var (code, _, error) = CliRunner.Run("score", "--data", data.Path, "--rules", RepoPaths.Rules, "--as-of", "2026-11-27", "--out", file);

        Assert.Equal(4, code);
        Assert.Contains("safety-indicators.csv (UTF-8): read 4000, accepted 0, rejected 4000", error, StringComparison.Ordinal);
        Assert.Contains("safety-indicators.csv:1: error: column 'safety_training_rate': required column 'safety_training_rate' is missing; "
            + "indicator 'safety_training_rate' declares no default in indicators.yaml", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_ColumnWithDefaultDeleted_WarnsNamingTheDefault()
    {
        using var data = DataSamplesWithout("lec_max");
        var file = System.IO.Path.Combine(data.Path, "out.csv");

        var (_, _, error) = CliRunner.Run("score", "--data", data.Path, "--rules", RepoPaths.Rules, "--as-of", "2026-11-27", "--out", file);

        Assert.Contains("safety-indicators.csv:1: warning: column 'lec_max': column 'lec_max' is missing; every row takes the default 0 that indicators.yaml declares for 'lec_max'",
            error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nightly_ColumnWithoutDefaultDeleted_DrawRefused_NothingDrawn()
    {
        using var world = new NightlyWorld();
        using var data = DataSamplesWithout("safety_training_rate");

        var outcome = await world.RunAsync(settings: NightlyWorld.Settings() with { DataDirectory = data.Path });

        Assert.Null(outcome.Failure);
        Assert.Equal(RunStatus.Refused, outcome.Run!.Status);
        Assert.StartsWith(DrawGateVerdict.Prefix, outcome.Run.Message, StringComparison.Ordinal);
        Assert.Contains("safety-indicators.csv: only 0 of 4,000 data rows accepted", outcome.Run.Message, StringComparison.Ordinal);
        Assert.Empty(world.DrawDirectories());
    }

    private static TempDirectory DataSamplesWithout(string column)
    {
        var copy = new TempDirectory();
        foreach (var file in Directory.GetFiles(RepoPaths.DataSamples, "*.csv"))
        {
            File.Copy(file, System.IO.Path.Combine(copy.Path, System.IO.Path.GetFileName(file)));
        }

        var safety = System.IO.Path.Combine(copy.Path, "safety-indicators.csv");
        var lines = File.ReadAllLines(safety, Encoding.UTF8).Select(l => l.Split(',')).ToList();
        var index = Array.IndexOf(lines[0], column);
        Assert.True(index > 0, $"data-samples have no column {column}");
        File.WriteAllLines(safety, lines.Select(fields => string.Join(',', fields.Where((_, i) => i != index))), new UTF8Encoding(true));
        return copy;
    }
}
