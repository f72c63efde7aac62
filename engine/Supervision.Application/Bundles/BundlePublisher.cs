using System.Text;
using System.Text.Json;
using Supervision.Rules.Bundle;
using Supervision.Rules.Compilation;
using Supervision.Rules.Diagnostics;
using Supervision.Rules.Testing;
using Supervision.Rules.Tolerance;

namespace Supervision.Application.Bundles;

/// <summary>
/// Publishes a candidate bundle into a store: only if it compiles without errors, its table analysis is clean, its rule
/// tests pass and cover every rule and row, and it is the very bundle a change request approved, by a regulator who did not
/// propose it (four eyes under real identities: <see cref="BundleReview"/>). A refused candidate leaves the
/// bundle in force untouched. The store holds one directory per content hash with its publication record beside it
/// (&lt;hash&gt;.published.json), and current.json, replaced atomically.
/// </summary>
public static class BundlePublisher
{
    public const string CurrentFile = "current.json";
    public const string ManifestFile = "published.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static PublishOutcome Publish(string candidate, string store, DateTimeOffset now, BundleReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var diagnostics = new DiagnosticBag();
        var bundle = BundleSource.TryCompile(candidate, diagnostics);
        if (bundle is null)
        {
            return Refuse("the candidate bundle has errors", diagnostics.Sorted().Select(d => d.ToString()));
        }

        var manifest = bundle.Bundle.Manifest;
        if (string.Equals(review.Author.Trim(), review.Approver.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return Refuse($"four eyes: change request {review.RequestId} was approved by its author {review.Approver}; another regulator must approve", []);
        }

        if (bundle.Bundle.ContentHash != review.BundleHash)
        {
            return Refuse($"change request {review.RequestId} approved the bundle sha256 {review.BundleHash}, not this one (sha256 {bundle.Bundle.ContentHash}); "
                + "propose the changed bundle again", []);
        }

        var tests = RuleTestRunner.Run(bundle);
        if (!tests.AllPassed || !tests.Coverage.IsFull || tests.Results.Count == 0)
        {
            return Refuse("the rule tests must all pass and exercise every rule and table row",
                [.. tests.Diagnostics.Select(d => d.ToString()),
                 .. tests.Results.Where(r => !r.Passed).Select(r => $"{r.Location}: failed {r.Name}: {string.Join("; ", r.Differences)}"),
                 .. tests.Coverage.Uncovered.Select(e => $"{e.Location}: not covered {e.Id}")]);
        }

        // The tolerance list is versioned with the bundle but hashed apart (it changes no assessment): it is checked
        // like the bundle (its loader also refuses an approver who is the author), and a change to it alone is a new version in the store.
        string? toleranceHash = null;
        if (ToleranceListLoader.Exists(candidate))
        {
            var list = ToleranceListLoader.Load(candidate, diagnostics);
            if (list is null)
            {
                return Refuse("the candidate's tolerance list has errors", diagnostics.Sorted().Select(d => d.ToString()));
            }

            toleranceHash = list.ContentHash;
        }

        var current = Current(store);
        var hash = bundle.Bundle.ContentHash;
        if (current?.ContentHash == hash && current.ToleranceHash == toleranceHash)
        {
            return new PublishOutcome(current, null, [], AlreadyInForce: true);
        }

        var key = toleranceHash is null ? hash : $"{hash}-{toleranceHash[..12]}";
        var target = Path.Combine(store, key);
        if (!Directory.Exists(target))
        {
            // Copy into a temporary directory first, so that a crash never leaves a half-copied version under its hash.
            var staging = Path.Combine(store, $".staging-{key}");
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            foreach (var file in Directory.EnumerateFiles(candidate, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(candidate, file);
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(staging, relative))!);
                File.Copy(file, Path.Combine(staging, relative));
            }

            if (BundleHasher.Hash(staging) != hash)
            {
                return Refuse("the copy in the store does not hash like the candidate (a file changed while publishing?)", []);
            }

            Directory.Move(staging, target);
        }

        var published = new PublishedBundle(manifest.Id, manifest.Version, hash, review.Author, review.Approver, now, tests.Results.Count, current?.ContentHash,
            toleranceHash, toleranceHash is null ? null : key) { RequestId = review.RequestId, ApprovedAt = review.ApprovedAt };
        var text = JsonSerializer.Serialize(published, Json) + "\n";
        // Beside, not inside, the copy: a file inside would change its content hash.
        File.WriteAllText(Path.Combine(store, key + "." + ManifestFile), text, new UTF8Encoding(false));
        var temporary = Path.Combine(store, CurrentFile + ".tmp");
        File.WriteAllText(temporary, text, new UTF8Encoding(false));
        File.Move(temporary, Path.Combine(store, CurrentFile), overwrite: true);
        return new PublishOutcome(published, null, [], AlreadyInForce: false);
    }

    /// <summary>The bundle in force in a store, or null when nothing was published yet.</summary>
    public static PublishedBundle? Current(string store)
    {
        var path = Path.Combine(store, CurrentFile);
        return File.Exists(path) ? JsonSerializer.Deserialize<PublishedBundle>(File.ReadAllText(path), Json) : null;
    }

    /// <summary>A rules argument may name a store: then the bundle in force there is meant.</summary>
    public static string Resolve(string rulesOrStore)
        => Current(rulesOrStore) is { } current ? Path.Combine(rulesOrStore, current.Key) : rulesOrStore;

    private static PublishOutcome Refuse(string reason, IEnumerable<string> problems) => new(null, reason, [.. problems], false);
}
