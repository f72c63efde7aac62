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

        var outcome = BundlePublisher.Publish(bundle.Directory, _store, Now, Approved(bundle.Directory));

        Assert.Null(outcome.Refusal);
        var current = BundlePublisher.Current(_store)!;
        Assert.Equal(BundleHasher.Hash(bundle.Directory), current.ContentHash);
        Assert.Equal(current.ContentHash, BundleHasher.Hash(BundlePublisher.Resolve(_store)));
        Assert.True(current.Tests > 100);
    }

    [Fact]
    public void Publish_ApprovedByItsAuthor_IsRefusedAndTheBundleInForceStays()
    {
        using var good = new BundleCopy();
        BundlePublisher.Publish(good.Directory, _store, Now, Approved(good.Directory));
        using var second = new BundleCopy();
        second.Replace("bundle.yaml", "version: 2026.1", "version: 2026.2");

        var outcome = BundlePublisher.Publish(second.Directory, _store, Now, Approved(second.Directory) with { Approver = "zhang.wei" });

        Assert.Contains("four eyes", outcome.Refusal, StringComparison.Ordinal);
        Assert.Equal("2026.1", BundlePublisher.Current(_store)!.Version);
    }

    [Fact]
    public void Publish_ABundleOtherThanTheOneApproved_IsRefused()
    {
        using var approved = new BundleCopy();
        var review = Approved(approved.Directory);
        approved.Replace("tables/ratios.csv", "RT-IV,IV,3%", "RT-IV,IV,4%");

        var outcome = BundlePublisher.Publish(approved.Directory, _store, Now, review);

        Assert.Contains("propose the changed bundle again", outcome.Refusal, StringComparison.Ordinal);
        Assert.Null(BundlePublisher.Current(_store));
    }

    [Fact]
    public void Publish_TheNamesTypedInBundleYaml_AreNotWhatIsRecorded()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("bundle.yaml", "approver: 片区应急管理局 法规科", "approver: 片区市场监管局 信用监管科");

        var outcome = BundlePublisher.Publish(bundle.Directory, _store, Now, Approved(bundle.Directory));

        Assert.Null(outcome.Refusal);
        Assert.Equal(("zhang.wei", "li.na", 7L), (outcome.Published!.Author, outcome.Published.Approver, outcome.Published.RequestId));
    }

    [Fact]
    public void Publish_InvalidBundle_IsRefusedWithTheDiagnosticsAndTheBundleInForceStays()
    {
        using var good = new BundleCopy();
        BundlePublisher.Publish(good.Directory, _store, Now, Approved(good.Directory));
        using var broken = new BundleCopy();
        broken.Replace("evaluation/safety.yaml", "when: fire_brigade", "when: fire_brigad");

        var outcome = BundlePublisher.Publish(broken.Directory, _store, Now, Approved(broken.Directory));

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

        var outcome = BundlePublisher.Publish(bundle.Directory, _store, Now, Approved(bundle.Directory));

        Assert.Contains("rule tests", outcome.Refusal, StringComparison.Ordinal);
        Assert.Contains(outcome.Problems, p => p.Contains("failed", StringComparison.Ordinal));
        Assert.Null(BundlePublisher.Current(_store));
    }

    [Fact]
    public void Publish_NewVersion_ReplacesTheOldOneAndRecordsWhichItReplaces()
    {
        using var first = new BundleCopy();
        BundlePublisher.Publish(first.Directory, _store, Now, Approved(first.Directory));
        using var second = new BundleCopy();
        second.Replace("bundle.yaml", "version: 2026.1", "version: 2026.2");

        var outcome = BundlePublisher.Publish(second.Directory, _store, Now, Approved(second.Directory));
        var again = BundlePublisher.Publish(second.Directory, _store, Now, Approved(second.Directory));

        Assert.Equal("2026.2", BundlePublisher.Current(_store)!.Version);
        Assert.Equal(BundleHasher.Hash(first.Directory), outcome.Published!.Replaces);
        Assert.True(again.AlreadyInForce);
    }

    [Fact]
    public void Publish_ToleranceListChangedAlone_IsANewVersionInForce()
    {
        using var first = new BundleCopy();
        var before = BundlePublisher.Publish(first.Directory, _store, Now, Approved(first.Directory)).Published!;
        using var second = new BundleCopy();
        second.Replace("tolerance/tolerance.yaml", "version: 2026.1", "version: 2026.2");

        var outcome = BundlePublisher.Publish(second.Directory, _store, Now, Approved(second.Directory));
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

        var outcome = BundlePublisher.Publish(bundle.Directory, _store, Now, Approved(bundle.Directory));

        Assert.Contains("tolerance list has errors", outcome.Refusal, StringComparison.Ordinal);
        Assert.Contains(outcome.Problems, p => p.Contains("tolerance.yaml", StringComparison.Ordinal) && p.Contains("approver", StringComparison.OrdinalIgnoreCase));
        Assert.Null(BundlePublisher.Current(_store));
    }

    // A change request proposed by zhang.wei and approved by li.na for exactly this directory's bundle.
    private static BundleReview Approved(string directory) => new(7, "zhang.wei", "li.na", Now.AddHours(-1), BundleHasher.Hash(directory));

    public void Dispose() => Directory.Delete(_store, recursive: true);
}
