using System.IO.Compression;
using System.Security.Cryptography;
using Supervision.Application.Draws;
using Supervision.Tests.Cli;
using Supervision.Tests.Import;
using Supervision.Tests.Support;

namespace Supervision.Tests.Draws;

/// <summary>The evidence package of a draw: every file with its SHA-256, deterministic, and verifiable offline once unpacked.</summary>
public sealed class EvidencePackageTests
{
    private static readonly string Golden = Path.Combine(RepoPaths.Root, "tests", "Supervision.Tests", "Golden", "draw-2026-11-27");

    [Fact]
    public void Package_ListsEveryFileWithItsHash_IsDeterministic_AndVerifiesOnceUnpacked()
    {
        using var directory = new TempDirectory();
        var first = Path.Combine(directory.Path, "a.zip");
        var second = Path.Combine(directory.Path, "b.zip");

        var manifest = EvidencePackage.Write(Golden, first, [], []);
        EvidencePackage.Write(Golden, second, [], []);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.Contains(manifest, l => l.EndsWith("  draw/draw-record.json", StringComparison.Ordinal)
            && l.StartsWith(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(Golden, "draw-record.json")))), StringComparison.Ordinal));
        var unpacked = Path.Combine(directory.Path, "unpacked");
        ZipFile.ExtractToDirectory(first, unpacked);
        Assert.Equal(string.Join('\n', manifest) + "\n", File.ReadAllText(Path.Combine(unpacked, EvidencePackage.Manifest)));
        Assert.Equal(0, CliRunner.Run("draw", "verify", Path.Combine(unpacked, "draw", "draw-record.json"), "--population",
            Path.Combine(unpacked, "draw", "population.csv"), "--calendar", Path.Combine(RepoPaths.Rules, "calendar", "cn-working-days.csv")).ExitCode);
    }

    [Fact]
    public void Cli_Evidence_WritesThePackage()
    {
        using var directory = new TempDirectory();
        var zip = Path.Combine(directory.Path, "evidence.zip");

        var (code, stdout, _) = CliRunner.Run("draw", "evidence", Golden, "--out", zip);

        Assert.Equal(0, code);
        Assert.Contains("MANIFEST.sha256", stdout, StringComparison.Ordinal);
        using var archive = ZipFile.OpenRead(zip);
        Assert.Contains(archive.Entries, e => e.FullName == "VERIFY.txt");
    }
}
