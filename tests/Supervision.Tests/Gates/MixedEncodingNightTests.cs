using System.Text;
using Supervision.Tests.Cli;
using Supervision.Tests.Draws;
using Supervision.Tests.Import;
using Supervision.Tests.Nightly;
using Supervision.Tests.Support;

namespace Supervision.Tests.Gates;

/// <summary>
/// The red team's case end to end: one Latin-1 line in the UTF-8 registry. `score` and `nightly` reject the same line
/// with the same words; the night draws nothing (exit 9, no garbled names published) and, once the line is fixed, the
/// same command draws the golden draw.
/// </summary>
public sealed class MixedEncodingNightTests
{
    [Fact]
    public void OneLatin1LineInTheRegistry_ScoreAndNightlyRejectTheSameLine_TheNightIsRefused_ThenDrawsWhenFixed()
    {
        using var data = new TempDirectory();
        using var output = new TempDirectory();
        foreach (var file in Directory.GetFiles(RepoPaths.DataSamples, "*.csv"))
        {
            File.Copy(file, Path.Combine(data.Path, Path.GetFileName(file)));
        }

        var registry = Path.Combine(data.Path, "enterprises.csv");
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.DataSamples, "enterprises.csv"));
        var bad = lines[100].Split(',');
        bad[1] = "Müller Präzisionstechnik GmbH";
        using (var stream = File.Create(registry))
        {
            for (var i = 0; i < lines.Length; i++)
            {
                var bytes = i == 100 ? Encoding.Latin1.GetBytes(string.Join(',', bad)) : Encoding.UTF8.GetBytes(lines[i]);
                stream.Write(bytes);
                stream.WriteByte((byte)'\n');
            }
        }

        string[] night = ["nightly", "--data", data.Path, "--rules", RepoPaths.Rules, "--as-of", "2026-11-27", "--seed", DrawWorld.Seed, "--out", output.Path];
        var score = CliRunner.Run("score", "--data", data.Path, "--rules", RepoPaths.Rules, "--as-of", "2026-11-27", "--out", Path.Combine(output.Path, "score.csv"));
        var refused = CliRunner.Run(night);
        var located = $"{registry}:101: error: column 'name':";

        Assert.Equal(4, score.ExitCode);
        Assert.Contains(located, score.Error, StringComparison.Ordinal);
        Assert.Equal(9, refused.ExitCode);
        Assert.Contains(located, refused.Error, StringComparison.Ordinal);
        Assert.Contains("enterprises.csv: its lines are not all in one encoding", refused.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(output.Path, "runs", NightlyWorld.RunId, "draw")));

        File.Copy(Path.Combine(RepoPaths.DataSamples, "enterprises.csv"), registry, overwrite: true);
        var fixedNight = CliRunner.Run(night);

        Assert.True(fixedNight.ExitCode == 0, fixedNight.Error);
        NightlyWorld.AssertGolden(new Supervision.Data.Runs.FileRunStore(output.Path), NightlyWorld.RunId);
    }
}
