using System.Text;
using Supervision.Tests.Import;
using Supervision.Tests.Support;

namespace Supervision.Tests.Cli;

/// <summary>`supervision score` and `explain` as a user runs them.</summary>
public sealed class ScoreCommandTests
{
    [Fact]
    public void Score_DataSamples_WritesEveryEnterpriseAndExitsZero()
    {
        using var output = new TempDir();
        var file = Path.Combine(output.Path, "a.csv");

        var (code, stdout, _) = CliRunner.Run("score", "--data", RepoPaths.DataSamples, "--rules", RepoPaths.Rules, "--as-of", "2026-11-27", "--out", file);

        Assert.Equal(0, code);
        Assert.Equal(4001, File.ReadAllLines(file).Length);
        Assert.Contains("enterprises 4000, assessed 4000, evaluation errors 0", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_Gb18030FileWithBadRows_ReportsThemAndScoresTheRest()
    {
        using var data = new TempDir();
        var enterprises = File.ReadAllLines(Path.Combine(RepoPaths.DataSamples, "enterprises.csv"), Encoding.UTF8).Take(11).ToList();
        enterprises[3] = enterprises[3].Replace(enterprises[3][..18], enterprises[3][..17] + "0", StringComparison.Ordinal); // wrong check char
        enterprises[5] = enterprises[5] + ",\"unterminated";
        File.WriteAllLines(Path.Combine(data.Path, "enterprises.csv"), enterprises, Gb18030());
        var file = Path.Combine(data.Path, "out.csv");

        var (code, _, error) = CliRunner.Run("score", "--data", data.Path, "--rules", RepoPaths.Rules, "--as-of", "2026-11-27", "--out", file);

        Assert.Equal(4, code);
        Assert.Contains("(GB18030): read 10, accepted 8, rejected 2", error, StringComparison.Ordinal);
        Assert.Contains("enterprises.csv:4:", error, StringComparison.Ordinal);
        Assert.Contains("enterprises.csv:6:", error, StringComparison.Ordinal);
        Assert.Equal(9, File.ReadAllLines(file).Length);
    }

    [Fact]
    public void Score_NewIndicatorColumnAndRule_TakeEffectWithoutCode()
    {
        using var bundle = new BundleCopy();
        bundle.AddDustIndicatorAndRule();
        using var data = new TempDir();
        foreach (var source in Directory.EnumerateFiles(RepoPaths.DataSamples, "*.csv"))
        {
            File.Copy(source, Path.Combine(data.Path, Path.GetFileName(source)));
        }

        var safety = Path.Combine(data.Path, "safety-indicators.csv");
        var lines = File.ReadAllLines(safety, Encoding.UTF8);
        File.WriteAllLines(safety, lines.Select((l, i) => l + (i == 0 ? ",dust_explosion_sites" : i % 2 == 0 ? ",1" : ",0")), new UTF8Encoding(true));
        var file = Path.Combine(data.Path, "out.csv");

        var (code, _, _) = CliRunner.Run("score", "--data", data.Path, "--rules", bundle.Directory, "--as-of", "2026-11-27", "--out", file);

        Assert.Equal(0, code);
        var rows = File.ReadAllLines(file).Skip(1).ToList();
        Assert.Equal(2000, rows.Count(r => r.Contains("S-DED-DUST", StringComparison.Ordinal)));
    }

    [Fact]
    public void Explain_BlacklistedEnterprise_CitesRulesBasisAndSourceLines()
    {
        var golden = File.ReadAllLines(Path.Combine(RepoPaths.Root, "tests", "Supervision.Tests", "Golden", "assessments-2026-11-27.csv"));
        var uscc = golden.First(l => l.Contains(",blacklist,", StringComparison.Ordinal))[..18];

        var (code, stdout, _) = CliRunner.Run("explain", uscc, "--data", RepoPaths.DataSamples, "--rules", RepoPaths.Rules, "--as-of", "2026-11-27");

        Assert.Equal(0, code);
        Assert.Contains("监管类别 I", stdout, StringComparison.Ordinal);
        Assert.Contains("抽查比例 100%", stdout, StringComparison.Ordinal);
        Assert.Contains("R-BLACKLIST", stdout, StringComparison.Ordinal);
        Assert.Contains("总局令第44号", stdout, StringComparison.Ordinal);
        Assert.Contains("evaluation/regimes.yaml:", stdout, StringComparison.Ordinal);
        Assert.Contains("tables/matrix.csv:", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_EnterpriseNotInRegistry_ExitsThree()
    {
        var (code, _, error) = CliRunner.Run("explain", TestUscc.Valid(99999), "--data", RepoPaths.DataSamples, "--rules", RepoPaths.Rules, "--as-of", "2026-11-27");

        Assert.Equal(3, code);
        Assert.Contains("is not in", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_MalformedUscc_ExitsOne()
    {
        var (code, _, error) = CliRunner.Run("explain", TestUscc.WrongCheck(1), "--data", RepoPaths.DataSamples, "--as-of", "2026-11-27");

        Assert.Equal(1, code);
        Assert.Contains("check character", error, StringComparison.Ordinal);
    }

    private static Encoding Gb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    private sealed class TempDir : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("supervision-cli-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
