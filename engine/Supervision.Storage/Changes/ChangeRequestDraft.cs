namespace Supervision.Storage.Changes;

/// <summary>What a regulator proposes: the candidate's files as a zip, and the checks run on it.</summary>
/// <param name="Title">What it is.</param>
/// <param name="Author">The proposing regulator's account.</param>
/// <param name="Content">The candidate bundle directory as a zip (the files the CLI reads).</param>
/// <param name="BundleHash">Its content hash; null when it does not compile.</param>
/// <param name="BaseHash">The bundle in force, or null.</param>
/// <param name="CheckReport">The checks' report.</param>
/// <param name="ChecksPassed">Whether they all passed.</param>
public sealed record ChangeRequestDraft(string Title, string Author, byte[] Content, string? BundleHash, string? BaseHash, string CheckReport, bool ChecksPassed);
