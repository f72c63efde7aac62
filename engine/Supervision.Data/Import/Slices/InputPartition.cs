namespace Supervision.Data.Import.Slices;

/// <summary>What partitioning a data directory found.</summary>
/// <param name="Chunks">Chunks of the run: the registry's distinct USCCs in file order, chunk size each (at least one chunk).</param>
/// <param name="RegistryKeys">Distinct USCCs in the registry, valid or not (the enterprises the run will try to score).</param>
/// <param name="FileHashes">SHA-256 (hex) of each file read, by file name; "absent" for a file that does not exist.</param>
public sealed record InputPartition(int Chunks, int RegistryKeys, IReadOnlyDictionary<string, string> FileHashes);
