using Supervision.Application.Bundles;
using Supervision.Rules.Bundle;
using Supervision.Tests.Support;

namespace Supervision.Tests.Publishing;

/// <summary>Publishing is refused for invalid, untested or self-approved bundles, and the bundle in force stays in force.</summary>
public sealed class BundlePublisherTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 2, 30, 0, TimeSpan.Zero);
    private readonly string _store = Directory.CreateTempSubdirectory("supervision-store-").FullName;

    [Fact]
    public void Publish_ShippedBundle_BecomesCurrentAndHashesTheSame()
    {
        using var bundle = new BundleCopy();

        var outcome = BundlePublisher.Publish(bundle.Directory, _store, Now);

        Assert.Null(outcome.Refusal);
        var current = BundlePublisher.Current(_store)!;
        Assert.Equal(BundleHasher.Hash(bundle.Directory), current.ContentHash);
        Assert.Equal(current.ContentHash, BundleHasher.Hash(BundlePublisher.Resolve(_store)));
        Assert.True(current.Tests > 100);
    }

    [Fact]
    public void Publish_ApproverIsAuthor_IsRefusedAndTheBundleInForceStays()
    {
        using var good = new BundleCopy();
        BundlePublisher.Publish(good.Directory, _store, Now);
        using var selfApproved = new BundleCopy();
        selfApproved.Replace("bundle.yaml", "approver: 片区应急管理局 法规科", "approver: 片区市场监管局 信用监管科");
        selfApproved.Replace("bundle.yaml", "version: 2026.1", "version: 2026.2");

        var outcome = BundlePublisher.Publish(selfApproved.Directory, _store, Now);

        Assert.Contains("four eyes", outcome.Refusal, StringComparison.Ordinal);
        Assert.Equal("2026.1", BundlePublisher.Current(_store)!.Version);
    }

    [Fact]
    public void Publish_InvalidBundle_IsRefusedWithTheDiagnosticsAndTheBundleInForceStays()
    {
        using var good = new BundleCopy();
        BundlePublisher.Publish(good.Directory, _store, Now);
        using var broken = new BundleCopy();
        broken.Replace("evaluation/safety.yaml", "when: fire_brigade", "when: fire_brigad");

        var outcome = BundlePublisher.Publish(broken.Directory, _store, Now);

        Assert.NotNull(outcome.Refusal);
        Assert.Contains(outcome.Problems, p => p.StartsWith("evaluation/safety.yaml:", StringComparison.Ordinal));
        Assert.Equal(BundleHasher.Hash(good.Directory), BundlePublisher.Current(_store)!.ContentHash);
        Assert.Single(Directory.GetDirectories(_store));
    }

    [Fact]
    public void Publish_FailingRuleTest_IsRefused()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("evaluation/safety.yaml", "    points: -10\n    basis: 《安全生产法》第四十条", "    points: -9\n    basis: 《安全生产法》第四十条");

        var outcome = BundlePublisher.Publish(bundle.Directory, _store, Now);

        Assert.Contains("rule tests", outcome.Refusal, StringComparison.Ordinal);
        Assert.Contains(outcome.Problems, p => p.Contains("failed", StringComparison.Ordinal));
        Assert.Null(BundlePublisher.Current(_store));
    }

    [Fact]
    public void Publish_NewVersion_ReplacesTheOldOneAndRecordsWhichItReplaces()
    {
        using var first = new BundleCopy();
        BundlePublisher.Publish(first.Directory, _store, Now);
        using var second = new BundleCopy();
        second.Replace("bundle.yaml", "version: 2026.1", "version: 2026.2");

        var outcome = BundlePublisher.Publish(second.Directory, _store, Now);
        var again = BundlePublisher.Publish(second.Directory, _store, Now);

        Assert.Equal("2026.2", BundlePublisher.Current(_store)!.Version);
        Assert.Equal(BundleHasher.Hash(first.Directory), outcome.Published!.Replaces);
        Assert.True(again.AlreadyInForce);
    }

    [Fact]
    public void Publish_ToleranceListChangedAlone_IsANewVersionInForce()
    {
        using var first = new BundleCopy();
        var before = BundlePublisher.Publish(first.Directory, _store, Now).Published!;
        using var second = new BundleCopy();
        second.Replace("tolerance/tolerance.yaml", "version: 2026.1", "version: 2026.2");

        var outcome = BundlePublisher.Publish(second.Directory, _store, Now);
        var resolved = BundlePublisher.Resolve(_store);

        Assert.False(outcome.AlreadyInForce);
        Assert.Equal(before.ContentHash, outcome.Published!.ContentHash);
        Assert.NotEqual(before.ToleranceHash, outcome.Published.ToleranceHash);
        Assert.Equal(2, Directory.GetDirectories(_store).Length);
        Assert.Contains("version: 2026.2", File.ReadAllText(Path.Combine(resolved, "tolerance", "tolerance.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Publish_ToleranceListApprovedByItsAuthor_IsRefused()
    {
        using var bundle = new BundleCopy();
        var settings = File.ReadAllText(Path.Combine(bundle.Directory, "tolerance", "tolerance.yaml"));
        var author = System.Text.RegularExpressions.Regex.Match(settings, "(?m)^author: *(.+)$").Groups[1].Value.Trim();
        bundle.Replace("tolerance/tolerance.yaml", System.Text.RegularExpressions.Regex.Match(settings, "(?m)^approver: *.+$").Value, $"approver: {author}");

        var outcome = BundlePublisher.Publish(bundle.Directory, _store, Now);

        Assert.Contains("tolerance list has errors", outcome.Refusal, StringComparison.Ordinal);
        Assert.Contains(outcome.Problems, p => p.Contains("tolerance.yaml", StringComparison.Ordinal) && p.Contains("approver", StringComparison.OrdinalIgnoreCase));
        Assert.Null(BundlePublisher.Current(_store));
    }

    public void Dispose() => Directory.Delete(_store, recursive: true);
}
