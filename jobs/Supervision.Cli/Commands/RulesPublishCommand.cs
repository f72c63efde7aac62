using System.CommandLine;
using Supervision.Application.Bundles;
using Supervision.Storage.Bundles;
using Supervision.Storage.Changes;
using Supervision.Storage.Migrations;

namespace Supervision.Cli.Commands;

/// <summary>
/// `supervision rules publish`: publishes a checked, tested bundle into a store — only as a change request another
/// regulator approved in the web workspace (<c>--approval</c>), never on the names typed in bundle.yaml.
/// </summary>
internal static class RulesPublishCommand
{
    public static Command Create(TimeProvider clock)
    {
        var rules = CommonOptions.Rules();
        var store = new Option<string>("--store") { Description = "store of published bundles (one directory per content hash, current.json)", DefaultValueFactory = _ => "out/published" };
        var connection = new Option<string?>("--connection")
        {
            Description = "the service's PostgreSQL database, which holds the approval (the bundle archive and the audit-log entries are recorded there too)",
        };
        var approval = new Option<long?>("--approval")
        {
            Description = "the change request approved in the web workspace (/regulator/changes) whose bundle this is: the candidate must hash as the approved one",
        };
        var command = new Command("publish",
            "Publish a bundle that a change request approved: refused unless another regulator than its author approved that request in the web workspace, "
            + "the candidate is the bundle approved (same content hash), it compiles cleanly, its tables analyse cleanly and its rule tests pass with full coverage; "
            + "a refused bundle leaves the one in force untouched. Verbs that take --rules accept the store to mean the bundle in force.")
        {
            rules, store, connection, approval,
        };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(rules)!, parse.GetValue(store)!, parse.GetValue(connection), parse.GetValue(approval), clock, ct));
        return command;
    }

    private static async Task<int> RunAsync(string rules, string store, string? connection, long? approval, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (approval is null || connection is null)
        {
            Console.Error.WriteLine("refused: rules publish needs --approval <change request> and --connection <database>: a bundle is published only as a change "
                + "request that another regulator approved in the web workspace (/regulator/changes), never on the author and approver typed in bundle.yaml");
            return ExitCodes.Usage;
        }

        return await DbCommand.Run(connection, 5, async database =>
        {
            await new MigrationRunner(database).MigrateAsync(cancellationToken);
            var requests = new ChangeRequestStore(database, clock);
            var request = await requests.GetAsync(approval.Value, cancellationToken);
            var before = BundlePublisher.Current(store);
            try
            {
                if (request is null)
                {
                    throw new ChangeRequestRefusedException($"no change request {approval} in {database.Target}");
                }

                var publisher = $"cli ({Environment.UserName}@{Environment.MachineName})";
                var published = await new BundleChanges(requests, clock).PublishAsync(request, rules, publisher, store, new RuleBundleStore(database, clock), cancellationToken);
                Console.WriteLine($"published {published.Id} {published.Version} (sha256 {published.ContentHash}"
                    + (published.ToleranceHash is { } tolerance ? $", tolerance list sha256 {tolerance}" : "")
                    + $"): change request {request.RequestId} proposed by {published.Author}, approved by {published.Approver}, {published.Tests} rule tests passed; "
                    + $"replaces {published.Replaces ?? "nothing"}; recorded in {database.Target}: rule_bundles, change_requests and the audit log");
                return ExitCodes.Ok;
            }
            catch (ChangeRequestRefusedException e)
            {
                Console.Error.WriteLine($"refused: {e.Message}");
                Console.Error.WriteLine(before is null
                    ? "nothing is published in this store yet"
                    : $"still in force: {before.Id} {before.Version} (sha256 {before.ContentHash}), approved by {before.Approver}");
                return ExitCodes.InvalidBundle;
            }
        }, cancellationToken);
    }
}
