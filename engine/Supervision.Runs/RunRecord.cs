using System.Text.Json.Serialization;

namespace Supervision.Runs;

/// <summary>
/// One nightly run as its store keeps it: what it scores (as-of date, bundle, data, chunking), with which seed it draws,
/// and where it stands. Jobs receive only the run id and read everything else from here.
/// </summary>
/// <param name="RunId">Derived from the as-of date and the bundle hash: the same night under the same bundle is the same run.</param>
/// <param name="AsOf">The as-of date (and draw date).</param>
/// <param name="BundleId">The bundle's id.</param>
/// <param name="BundleVersion">The bundle's version.</param>
/// <param name="BundleHash">The bundle's content hash; every job checks that it scores with this bundle.</param>
/// <param name="DataHash">SHA-256 over the input files; every job checks that it reads the same data.</param>
/// <param name="Seed">The draw seed (64 hex characters), fixed when the run is planned.</param>
/// <param name="ChunkSize">Enterprises per chunk job.</param>
/// <param name="Chunks">Number of chunks: chunk k holds enterprises k × ChunkSize … in registry order.</param>
/// <param name="Enterprises">Accepted registry rows.</param>
/// <param name="RejectedRows">Input rows rejected by the import (population, and the case leads once the draw has run).</param>
/// <param name="ImportReport">The import report, as printed by the CLI.</param>
/// <param name="Status">Where the run stands.</param>
public sealed record RunRecord(
    string RunId,
    DateOnly AsOf,
    string BundleId,
    string BundleVersion,
    string BundleHash,
    string DataHash,
    string Seed,
    int ChunkSize,
    int Chunks,
    int Enterprises,
    long RejectedRows,
    string ImportReport,
    RunStatus Status)
{
    /// <summary>Why the run is AlreadyDrawn, Failed or Refused; empty otherwise.</summary>
    public string Message { get; init; } = "";

    /// <summary>The draw's id once drawn, or prepared.</summary>
    public string? DrawId { get; init; }

    /// <summary>When the run was planned (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the record last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>True when the jobs of this run have nothing left to do.</summary>
    [JsonIgnore]
    public bool IsFinal => Status is RunStatus.Completed or RunStatus.AlreadyDrawn or RunStatus.Failed or RunStatus.Refused or RunStatus.Prepared;
}
