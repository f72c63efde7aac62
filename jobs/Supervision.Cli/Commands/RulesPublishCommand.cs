using System.CommandLine;
using Supervision.Data.Publishing;

namespace Supervision.Cli.Commands;

/// <summary>`supervision rules publish`: four-eyes publication of a checked, tested bundle into a store.</summary>
internal static class RulesPublishCommand
{
    public static Command Create(TimeProvider clock)
    {
        var rules = CommonOptions.Rules();
        var store = new Option<string>("--store") { Description = "store of published bundles (one directory per content hash, current.json)", DefaultValueFactory = _ => "out/published" };
        var command = new Command("publish",
            "Publish a bundle: refused unless it compiles cleanly, its tables analyse cleanly, its rule tests pass with full coverage and its approver is not its author; "
            + "a refused bundle leaves the one in force untouched. Verbs that take --rules accept the store to mean the bundle in force.\n" + ExitCodes.Help)
        {
            rules, store,
        };
        command.SetAction(parse => Run(parse.GetValue(rules)!, parse.GetValue(store)!, clock));
        return command;
    }

    private static int Run(string rules, string store, TimeProvider clock)
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
        return ExitCodes.Ok;
    }
}
