using System.CommandLine;
using Supervision.Application.Bundles;
using Supervision.Rules.Bundle;
using Supervision.Storage.Bundles;
using Supervision.Storage.Migrations;

namespace Supervision.Cli.Commands;

/// <summary>`supervision rules publish`: four-eyes publication of a checked, tested bundle into a store.</summary>
internal static class RulesPublishCommand
{
    public static Command Create(TimeProvider clock)
    {
        var rules = CommonOptions.Rules();
        var store = new Option<string>("--store") { Description = "store of published bundles (one directory per content hash, current.json)", DefaultValueFactory = _ => "out/published" };
        var connection = new Option<string?>("--connection")
        {
            Description = "also record the publication in PostgreSQL (the bundle archive in rule_bundles, an audit-log entry); default: file store only",
        };
        var command = new Command("publish",
            "Publish a bundle: refused unless it compiles cleanly, its tables analyse cleanly, its rule tests pass with full coverage and its approver is not its author; "
            + "a refused bundle leaves the one in force untouched. Verbs that take --rules accept the store to mean the bundle in force.")
        {
            rules, store, connection,
        };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(rules)!, parse.GetValue(store)!, parse.GetValue(connection), clock, ct));
        return command;
    }

    private static async Task<int> RunAsync(string rules, string store, string? connection, TimeProvider clock, CancellationToken cancellationToken)
    {
        var before = BundlePublisher.Current(store);
        var outcome = BundlePublisher.Publish(rules, store, clock.GetUtcNow());
        if (outcome.Refusal is not null)
        {
            outcome.Problems.ToList().ForEach(Console.Error.WriteLine);
            Console.Error.WriteLine($"refused: {outcome.Refusal}");
            Console.Error.WriteLine(before is null
                ? "nothing is published in this store yet"
                : $"still in force: {before.Id} {before.Version} (sha256 {before.ContentHash}), approved by {before.Approver}");
            return ExitCodes.InvalidBundle;
        }

        var published = outcome.Published!;
        Console.WriteLine(outcome.AlreadyInForce
            ? $"already in force: {published.Id} {published.Version} (sha256 {published.ContentHash})"
            : $"published {published.Id} {published.Version} (sha256 {published.ContentHash}"
              + (published.ToleranceHash is { } tolerance ? $", tolerance list sha256 {tolerance}" : "")
              + $"): author {published.Author}, approver {published.Approver}, {published.Tests} rule tests passed; replaces {published.Replaces ?? "nothing"}");
        if (connection is null)
        {
            return ExitCodes.Ok;
        }

        // The file store is the bundle in force; the database keeps the archive and the tamper-evident record of the act.
        return await DbCommand.Run(connection, 5, async database =>
        {
            await new MigrationRunner(database).MigrateAsync(cancellationToken);
            var publication = new RulePublication(published.Id, published.Version, published.ContentHash, published.ToleranceHash, published.Author,
                published.Approver, published.PublishedAt, published.Tests, published.Replaces);
            // Already in force: record it only if the database missed it (it was unreachable when the bundle was published).
            var recorded = await new RuleBundleStore(database, clock).RecordAsync(publication, BundleHasher.Archive(Path.Combine(store, published.Key)),
                $"{published.Approver} (approver)", onlyIfNew: outcome.AlreadyInForce, cancellationToken);
            Console.WriteLine(recorded || !outcome.AlreadyInForce
                ? $"recorded in {database.Target}: rule_bundles and the audit log"
                : $"already recorded in {database.Target}");
            return ExitCodes.Ok;
        }, cancellationToken);
    }
}
