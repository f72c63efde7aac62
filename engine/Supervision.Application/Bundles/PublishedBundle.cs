namespace Supervision.Application.Bundles;

/// <summary>The manifest a publication writes next to the bundle copy, and that current.json points to.</summary>
/// <param name="Id">Bundle id.</param>
/// <param name="Version">Bundle version label.</param>
/// <param name="ContentHash">SHA-256 of the bundle (the directory name in the store).</param>
/// <param name="Author">The account that proposed it (its change request; before change requests, bundle.yaml's typed name).</param>
/// <param name="Approver">The account that approved it, never the author.</param>
/// <param name="PublishedAt">When it was published (UTC, from the host's clock).</param>
/// <param name="Tests">Rule test cases run and passed before publication.</param>
/// <param name="Replaces">Content hash of the bundle in force before, or null.</param>
/// <param name="ToleranceHash">SHA-256 of the tolerance list published with it (rules/tolerance/, hashed apart from the bundle), or null.</param>
/// <param name="Directory">The copy's directory in the store: the content hash, followed by the first 12 digits of the
/// tolerance hash when there is a list, so that a change to the list alone is a version of its own. Null in records
/// written before lists were published (the content hash is the directory).</param>
public sealed record PublishedBundle(
    string Id, string Version, string ContentHash, string Author, string Approver, DateTimeOffset PublishedAt, int Tests, string? Replaces,
    string? ToleranceHash = null, string? Directory = null)
{
    /// <summary>The change request that approved it (absent in publications made before change requests).</summary>
    public long? RequestId { get; init; }

    /// <summary>When that request was approved.</summary>
    public DateTimeOffset? ApprovedAt { get; init; }

    /// <summary>The directory of the copy in the store.</summary>
    public string Key => Directory ?? ContentHash;
}
