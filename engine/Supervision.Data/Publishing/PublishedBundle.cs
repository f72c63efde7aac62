namespace Supervision.Data.Publishing;

/// <summary>The manifest a publication writes next to the bundle copy, and that current.json points to.</summary>
/// <param name="Id">Bundle id.</param>
/// <param name="Version">Bundle version label.</param>
/// <param name="ContentHash">SHA-256 of the bundle (the directory name in the store).</param>
/// <param name="Author">Who wrote it (bundle.yaml).</param>
/// <param name="Approver">Who approved it (bundle.yaml); never the author.</param>
/// <param name="PublishedAt">When it was published (UTC, from the host's clock).</param>
/// <param name="Tests">Rule test cases run and passed before publication.</param>
/// <param name="Replaces">Content hash of the bundle in force before, or null.</param>
internal sealed record PublishedBundle(
    string Id, string Version, string ContentHash, string Author, string Approver, DateTimeOffset PublishedAt, int Tests, string? Replaces);
