using System.Text.Json;
using Supervision.Application.Draws;
using Supervision.Data.Draws;
using Supervision.Draws.Drawing;
using Supervision.Draws.Gates;
using Supervision.Draws.Protocol;
using Supervision.Draws.Record;
using Supervision.Rules.Compilation;
using Supervision.Rules.Diagnostics;
using Supervision.Tests.Cli;
using Supervision.Tests.Support;

namespace Supervision.Tests.Draws;

/// <summary>
/// The prepared draw (supervision-draw/v2): commit, then reveal. Frozen before any randomness exists, executed only with
/// the committed shares, once; every forged input of the record fails verification.
/// </summary>
public sealed class PreparedDrawTests : IDisposable
{
    private const string PublicValue = "03 07 12 19 25 31 08";
    private static readonly Lazy<CompiledBundle> Bundle = new(() => BundleSource.Compile(RepoPaths.Rules));
    private readonly string root = Path.Combine(Path.GetTempPath(), "supervision-prepared-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Commitment_AndSeed_MatchTheDocumentedTestVectors()
    {
        // Computed independently (Python hashlib) from docs/draw-algorithm.md, section 11.
        Assert.Equal("da8714b15161e676d80d6bd81cc6c44d5c6d0c58cf10e7bef0ee409ce27cf854", SeedShares.Commitment("市场监管局", new string('1', 64)));
        Assert.Equal("6e7ae3997f9c0b1362e447ad94bec93912315be500566fe82594d4e01fbb0718", SeedShares.Commitment("应急管理局", new string('2', 64)));
        var shares = new[]
        {
            new RevealedShare("市场监管局", new string('1', 64), ""), new RevealedShare("应急管理局", new string('2', 64), ""),
        };
        Assert.Equal("9bb6653b1659e83954ea90ac1af43d8857075b73bff7567430fd3a88c0b2cc73", SeedDerivation.Derive(string.Concat(Enumerable.Repeat("ab", 32)), shares, PublicValue));
    }

    [Fact]
    public void PrepareThenExecute_DrawsWithTheDerivedSeed_AndVerifies()
    {
        var (directory, shares, sha256) = Prepare();

        var executed = ExecuteDraw.Run(directory, shares, PublicValue, sha256);

        Assert.Null(executed.Refusal);
        var record = executed.Result!.Record;
        Assert.Equal(sha256, record.Preparation!.Sha256);
        Assert.Equal(SeedDerivation.Derive(sha256, record.Preparation.Shares, PublicValue), record.Seed);
        var verification = VerifyDraw.Run(Path.Combine(directory, DrawOutputs.RecordFile), Path.Combine(directory, DrawOutputs.PopulationFile));
        Assert.True(verification.Verified, string.Join('\n', verification.Problems.Append(verification.Error ?? "")));
        Assert.Contains("公共随机数", File.ReadAllText(Path.Combine(directory, "notice.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Grinding_AfterThePreparation_NoOtherShareIsAccepted_AndNothingIsDrawn()
    {
        var (directory, shares, sha256) = Prepare();

        // An official who saw the frozen population tries twenty other shares for a department: every one is refused.
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var forged = new Dictionary<string, string>(shares, StringComparer.Ordinal) { ["市场监管局"] = Convert.ToHexStringLower(BitConverter.GetBytes((long)attempt).Concat(new byte[24]).ToArray()) };
            var executed = ExecuteDraw.Run(directory, forged, PublicValue, sha256);

            Assert.Null(executed.Result);
            Assert.Contains("does not match its commitment", executed.Refusal, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(Path.Combine(directory, DrawOutputs.RecordFile)));
    }

    [Fact]
    public void Execute_Twice_TheSecondIsRefused()
    {
        var (directory, shares, sha256) = Prepare();
        Assert.Null(ExecuteDraw.Run(directory, shares, PublicValue, sha256).Refusal);
        var record = File.ReadAllBytes(Path.Combine(directory, DrawOutputs.RecordFile));

        var again = ExecuteDraw.Run(directory, shares, "another value", sha256);

        Assert.True(again.AlreadyDrawn);
        Assert.Equal(record, File.ReadAllBytes(Path.Combine(directory, DrawOutputs.RecordFile)));
    }

    [Fact]
    public void Execute_RefusesAChangedSnapshot_AMissingShare_AnUnpublishedPreparation()
    {
        var (directory, shares, sha256) = Prepare();
        var snapshot = Path.Combine(directory, DrawOutputs.PopulationFile);
        var original = File.ReadAllBytes(snapshot);

        // A row removed from the frozen population after it was published.
        File.WriteAllLines(snapshot, File.ReadAllLines(snapshot).Where((_, i) => i != 5));
        Assert.Contains("population.csv", ExecuteDraw.Run(directory, shares, PublicValue, sha256).Refusal, StringComparison.Ordinal);
        File.WriteAllBytes(snapshot, original);

        var missing = new Dictionary<string, string>(shares, StringComparer.Ordinal);
        missing.Remove("应急管理局");
        Assert.Contains("no share revealed for 应急管理局", ExecuteDraw.Run(directory, missing, PublicValue, sha256).Refusal, StringComparison.Ordinal);
        Assert.Contains("pre-draw notice published", ExecuteDraw.Run(directory, shares, PublicValue, new string('0', 64)).Refusal, StringComparison.Ordinal);
        Assert.Null(ExecuteDraw.Run(directory, shares, PublicValue, sha256).Refusal);
    }

    [Fact]
    public void Prepare_RefusesMissingOrUnknownCommitments_AndAnUnnamedPublicValue()
    {
        var commitments = new List<ShareCommitment> { new("市场监管局", SeedShares.Commitment("市场监管局", new string('1', 64))), new("税务局", new string('a', 64)) };

        var prepared = PrepareDraw.Run(Request(commitments, "双色球", Path.Combine(root, "refused")), new DiagnosticBag());

        Assert.Null(prepared.Preparation);
        Assert.Contains("no commitment for 应急管理局", prepared.Refusal, StringComparison.Ordinal);
        Assert.Contains("税务局, which is not a department of the plans", prepared.Refusal, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(root, "refused", DrawPreparation.FileName)));
        Assert.Contains("must be named", PrepareDraw.Run(Request(commitments, "  ", Path.Combine(root, "refused")), new DiagnosticBag()).Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_FailsOnEveryForgedInput_EvenWhenTheOutcomeIsRecomputedToMatch()
    {
        var (directory, shares, sha256) = Prepare();
        var record = ExecuteDraw.Run(directory, shares, PublicValue, sha256).Result!.Record;
        var preparation = File.ReadAllBytes(Path.Combine(directory, DrawPreparation.FileName));
        var population = PopulationSnapshot.Read(File.ReadAllBytes(Path.Combine(directory, DrawOutputs.PopulationFile)));

        // The forged record with its outcome recomputed from its own (forged) inputs, as a careful forger would.
        DrawRecord Consistent(DrawRecord forged)
            => forged with { Outcome = DrawAlgorithm.Compute(forged.Plans, population, forged.Inspectors, new Lottery(forged.Seed)) };

        // A self-consistent forgery: the inspector conflict dropped, the outcome recomputed with the forged directory.
        var conflicted = record.Inspectors.First(i => i.Conflicts.Count > 0);
        var inspectors = record.Inspectors.Select(i => i == conflicted ? i with { Conflicts = [] } : i).ToList();
        Assert.Contains(Problems(Consistent(record with { Inspectors = inspectors }), preparation), p => p.StartsWith("inspectors", StringComparison.Ordinal));

        // A working day removed from a plan.
        var plan = record.Plans[0];
        var plans = record.Plans.Select(p => p == plan ? p with { WorkingDays = [.. p.WorkingDays.Skip(1)] } : p).ToList();
        Assert.Contains(Problems(Consistent(record with { Plans = plans }), preparation), p => p.StartsWith("plans", StringComparison.Ordinal));

        // An item's legal basis rewritten.
        var items = plan.Items.Select((item, i) => i == 0 ? item with { Basis = "（无）" } : item).ToList();
        plans = record.Plans.Select(p => p == plan ? p with { Items = items } : p).ToList();
        Assert.Contains(Problems(Consistent(record with { Plans = plans }), preparation), p => p.StartsWith("plans", StringComparison.Ordinal));

        // A share replaced (and the seed derived from it).
        var reveal = record.Preparation!;
        var forgedShares = reveal.Shares.Select((s, i) => i == 0 ? s with { Share = new string('f', 64) } : s).ToList();
        var forgedSeed = SeedDerivation.Derive(reveal.Sha256, forgedShares, reveal.PublicValue);
        var forged = record with { Seed = forgedSeed, SeedCommitment = new Lottery(forgedSeed).Commitment, Preparation = reveal with { Shares = forgedShares } };
        Assert.Contains(Problems(Consistent(forged), preparation), p => p.Contains("does not match its commitment", StringComparison.Ordinal));

        // The preparation file itself edited.
        var edited = (byte[])preparation.Clone();
        edited[^2] = (byte)' ';
        Assert.Contains(Problems(record, edited), p => p.StartsWith("preparation: SHA-256", StringComparison.Ordinal));

        // And the genuine record against the genuine preparation: no problem.
        Assert.Empty(Problems(record, preparation));
    }

    [Fact]
    public void Prepare_ASecondPreparationOfTheSamePlansAndPeriod_IsRefused_UntilTheFirstIsVoided()
    {
        var (first, _, _) = Prepare();
        var ledger = new DrawLedger(first + "-ledger");
        var departments = DrawOnce.LoadPlans(Bundle.Value, DrawOnce.DefaultPlanFiles(RepoPaths.Rules), new DiagnosticBag())!
            .SelectMany(p => p.Departments).Distinct(StringComparer.Ordinal).ToList();
        var commitments = departments.Select(d => new ShareCommitment(d, SeedShares.Commitment(d, new string('7', 64)))).ToList();

        var second = PrepareDraw.Run(Request(commitments, "另一次公共随机数", Path.Combine(root, "second"), ledger), new DiagnosticBag());

        Assert.True(second.AlreadyDrawn, second.Refusal);
        Assert.Contains("drawn already by draw", second.Refusal, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(root, "second", DrawPreparation.FileName)));

        var voided = VoidDraw.Run(ledger, ledger.Entries()[0].DrawId, "准备公告中的公共随机数来源有误", "审核人", DateTimeOffset.UnixEpoch);
        Assert.NotEmpty(voided);
        Assert.Contains("准备公告中的公共随机数来源有误", File.ReadAllText(Path.Combine(first, VoidDraw.NoticeFile)), StringComparison.Ordinal);
        Assert.Null(PrepareDraw.Run(Request(commitments, "另一次公共随机数", Path.Combine(root, "second"), ledger), new DiagnosticBag()).Refusal);
    }

    [Fact]
    public void Cli_OneShotDraw_ASecondDrawWithAnotherSeedOrAnotherOut_IsRefused_TheSameDrawAgainIsNot()
    {
        var ledger = Path.Combine(root, "cli-ledger");
        string[] Draw(string seed, string output) =>
            ["draw", "--data", RepoPaths.DataSamples, "--rules", RepoPaths.Rules, "--as-of", "2026-11-27", "--seed", seed, "--out", Path.Combine(root, output), "--ledger", ledger];

        Assert.Equal(0, CliRunner.Run(Draw(DrawWorld.Seed, "a")).ExitCode);
        Assert.Equal(0, CliRunner.Run(Draw(DrawWorld.Seed, "a")).ExitCode);
        var (code, _, stderr) = CliRunner.Run(Draw(new string('9', 64), "b"));
        Assert.Equal(9, code);
        Assert.Contains("one draw per plan and period", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root, "b")));
        Assert.Equal(9, CliRunner.Run(Draw(new string('9', 64), "a")).ExitCode);

        var drawId = RecordJson.Read(Path.Combine(root, "a", DrawOutputs.RecordFile)).DrawId;
        Assert.Equal(1, CliRunner.Run("draw", "void", drawId, "--ledger", ledger, "--reason", "   ").ExitCode);
        Assert.Equal(0, CliRunner.Run("draw", "void", drawId, "--ledger", ledger, "--reason", "检查人员名录导入错误，重新抽取").ExitCode);
        Assert.True(File.Exists(Path.Combine(root, "a", VoidDraw.NoticeFile)));
        Assert.Contains("检查人员名录导入错误", File.ReadAllText(Path.Combine(ledger, DrawLedger.VoidsFile)), StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run(Draw(new string('9', 64), "b")).ExitCode);
    }

    [Fact]
    public void Verify_ComparesDecimalsExactly_OneEqualsOnePointZero()
    {
        var expected = JsonDocument.Parse("""{"ratio": 1, "share": 0.10, "name": "I"}""").RootElement;
        var same = JsonDocument.Parse("""{"name": "I", "share": 0.1, "ratio": 1.0}""").RootElement;
        var other = JsonDocument.Parse("""{"name": "I", "share": 0.1000000000000000001, "ratio": 1}""").RootElement;

        Assert.Empty(JsonEquivalence.Differences(expected, same, "$"));
        Assert.Single(JsonEquivalence.Differences(expected, other, "$"));
    }

    [Fact]
    public void Cli_ExecuteWithAWrongShare_Exits6_AndASecondDrawExits9()
    {
        var directory = Path.Combine(root, "cli");
        var shareDirectory = Path.Combine(root, "cli-shares");
        var (code, stdout, _) = CliRunner.Run("draw", "prepare", "--data", RepoPaths.DataSamples, "--rules", RepoPaths.Rules, "--as-of", "2026-11-27",
            "--generate-shares", shareDirectory, "--public-randomness", "中国福利彩票双色球 2026-11-27 开奖号码", "--out", directory);
        Assert.Equal(0, code);
        Assert.Contains("preparation sha256", stdout, StringComparison.Ordinal);
        var departments = Directory.GetFiles(shareDirectory, "*.share").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();
        string[] Shares(string? wrong) => [.. departments.SelectMany(d => new[] { "--share", d == wrong ? $"{d}={new string('0', 64)}" : $"{d}=@{Path.Combine(shareDirectory, d + ".share")}" })];

        Assert.Equal(6, CliRunner.Run(["draw", "execute", directory, .. Shares(departments[0]), "--public-value", PublicValue]).ExitCode);
        Assert.Equal(0, CliRunner.Run(["draw", "execute", directory, .. Shares(null), "--public-value", PublicValue]).ExitCode);
        Assert.Equal(9, CliRunner.Run(["draw", "execute", directory, .. Shares(null), "--public-value", PublicValue]).ExitCode);
        Assert.Equal(0, CliRunner.Run("draw", "verify", Path.Combine(directory, DrawOutputs.RecordFile), "--population", Path.Combine(directory, DrawOutputs.PopulationFile)).ExitCode);
    }

    private static string CalendarFile => Path.Combine(RepoPaths.Rules, "calendar", "cn-working-days.csv");

    private DrawPreparationRequest Request(IReadOnlyList<ShareCommitment> commitments, string publicRandomness, string directory, DrawLedger? ledger = null)
        => new(Bundle.Value, DrawOnce.DefaultPlanFiles(RepoPaths.Rules), RepoPaths.DataSamples, CalendarFile, DrawWorld.AsOf, commitments, publicRandomness,
            new DrawGateThresholds(), directory, ledger ?? new DrawLedger(Path.Combine(root, "ledger")), DateTimeOffset.UnixEpoch);

    private static IReadOnlyList<string> Problems(DrawRecord record, byte[] preparation) => PreparationVerifier.Verify(record, preparation);

    private (string Directory, Dictionary<string, string> Shares, string Sha256) Prepare()
    {
        var plans = DrawOnce.DefaultPlanFiles(RepoPaths.Rules);
        var departments = DrawOnce.LoadPlans(Bundle.Value, plans, new DiagnosticBag())!.SelectMany(p => p.Departments).Distinct(StringComparer.Ordinal).ToList();
        var shares = departments.Select((d, i) => (d, Share: Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(i + 1)))))
            .ToDictionary(x => x.d, x => x.Share, StringComparer.Ordinal);
        var directory = Path.Combine(root, "prepared-" + Guid.NewGuid().ToString("N"));
        var prepared = PrepareDraw.Run(Request([.. departments.Select(d => new ShareCommitment(d, SeedShares.Commitment(d, shares[d])))],
            "中国福利彩票双色球 2026-11-27 开奖号码", directory, new DrawLedger(Path.Combine(directory + "-ledger"))), new DiagnosticBag());
        Assert.Null(prepared.Refusal);
        return (directory, shares, prepared.Sha256!);
    }
}
