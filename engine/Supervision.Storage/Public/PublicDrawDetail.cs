namespace Supervision.Storage.Public;

/// <summary>One draw's public facts: the draw, its commitments and hashes, and what its publications put in the audit log. HasPopulation: Whether the population snapshot is kept in the database (the public snapshot derives from it). Publications: The audit log's publication entries of the draw and of its preparation, oldest first.</summary>
public sealed record PublicDrawDetail(
    PublicDraw Draw, DateOnly AsOf, string SeedCommitment, string PopulationSha256, bool HasPopulation, IReadOnlyList<PublicationEntry> Publications);
