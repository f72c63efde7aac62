namespace Supervision.Storage.Bundles;

/// <summary>What a rule publication records (see the publication record of the file store).</summary>
/// <param name="Id">Bundle id.</param>
/// <param name="Version">Bundle version label.</param>
/// <param name="ContentHash">SHA-256 of the bundle archive.</param>
/// <param name="ToleranceHash">SHA-256 of the tolerance list published with it, or null.</param>
/// <param name="Author">Who wrote it.</param>
/// <param name="Approver">Who approved it (never the author).</param>
/// <param name="PublishedAt">When (UTC).</param>
/// <param name="Tests">Rule test cases passed before publication.</param>
/// <param name="Replaces">Content hash of the bundle in force before, or null.</param>
public sealed record RulePublication(
    string Id, string Version, string ContentHash, string? ToleranceHash, string Author, string Approver, DateTimeOffset PublishedAt, int Tests, string? Replaces);
