namespace Supervision.Storage.Migrations;

/// <summary>What a migration run did.</summary>
/// <param name="Applied">Scripts applied by this run, in order.</param>
/// <param name="AlreadyApplied">Scripts found applied before (with an unchanged hash).</param>
public sealed record MigrationReport(IReadOnlyList<string> Applied, IReadOnlyList<string> AlreadyApplied);
