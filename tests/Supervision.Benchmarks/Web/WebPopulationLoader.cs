using System.Diagnostics;
using Npgsql;
using Supervision.Storage;
using Supervision.Storage.Accounts;
using Supervision.Storage.Migrations;

namespace Supervision.Benchmarks.Web;

/// <summary>
/// A fresh database for `--web`: dropped and created, migrated with the real migrations, filled by binary COPY, the
/// sampled inspectors' accounts made by <see cref="AccountStore"/>, then vacuumed and analysed (as autovacuum would have
/// by the time anyone signs in). Each part is timed; none of it is part of the measured phase.
/// </summary>
internal static class WebPopulationLoader
{
    public const string Password = "webbench-pw-2026";

    private static readonly string[] Analysed =
        ["enterprises", "inspectors", "draws", "draw_items", "draw_tasks", "inspection_results", "task_recusals", "accounts"];

    public static async Task<WebPopulation> LoadAsync(WebBenchmarkOptions options, CancellationToken cancellationToken)
    {
        var seconds = new List<(string, double)>();
        var clock = Stopwatch.StartNew();
        void Lap(string part)
        {
            seconds.Add((part, clock.Elapsed.TotalSeconds));
            Console.Error.WriteLine($"web: {part} {clock.Elapsed.TotalSeconds:0.0} s");
            clock.Restart();
        }

        await using (var admin = NpgsqlDataSource.Create(options.ConnectionString))
        {
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {options.DatabaseName} WITH (FORCE)", cancellationToken);
            await ExecuteAsync(admin, $"CREATE DATABASE {options.DatabaseName}", cancellationToken);
        }

        await using var database = Database.Create(WebBenchmark.ConnectionTo(options));
        await new MigrationRunner(database).MigrateAsync(cancellationToken);
        Lap("create and migrate the database");
        var registry = await WebRegistryLoader.LoadAsync(database, options, cancellationToken);
        Lap($"{registry.Usccs.Length:N0} enterprises and {registry.Inspectors.Length:N0} inspectors (generate + COPY)");
        var draws = await WebDrawLoader.LoadAsync(database, registry, options.Seed, cancellationToken);
        Lap($"{draws.DrawIds.Count} draws: {draws.Tasks:N0} tasks, {draws.Items:N0} items, {draws.Results:N0} results, {draws.Recusals:N0} recusals (COPY)");
        var accounts = Sample(registry, draws, options);
        var store = new AccountStore(database, TimeProvider.System);
        await Parallel.ForEachAsync(accounts, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            async (account, token) =>
            {
                var name = registry.Inspectors.First(i => i.InspectorId == account.InspectorId).Name;
                await store.AddAsync(new AccountDraft(account.User, name, AccountRoles.Inspector, account.InspectorId), Password, mustChangePassword: false, "webbench", token);
            });
        Lap($"{accounts.Count} accounts (AccountStore, PBKDF2 each)");
        await using (var connection = await database.OpenConnectionAsync(cancellationToken))
        {
            foreach (var table in Analysed)
            {
                await using var vacuum = new NpgsqlCommand($"VACUUM (ANALYZE) supervision.{table}", connection) { CommandTimeout = 0 };
                await vacuum.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        Lap("VACUUM (ANALYZE)");
        var probe = registry.Names.Length / 3;
        var name = registry.Names[probe];
        return new WebPopulation(registry.Usccs.Length, registry.Inspectors.Length, draws, accounts, Password, seconds,
            name.Length > 6 ? name.Substring(2, 4) : name, registry.Usccs[probe][..14]);
    }

    /// <summary>A tenth of the accounts for the busiest inspectors, the rest for inspectors with any task, at random.</summary>
    private static List<(string User, string InspectorId)> Sample(WebRegistry registry, WebDraws draws, WebBenchmarkOptions options)
    {
        var random = new Random(options.Seed + 1);
        var withTasks = Enumerable.Range(0, registry.Inspectors.Length).Where(i => draws.TasksPerInspector[i] > 0).ToList();
        var count = Math.Min(options.Accounts, withTasks.Count);
        var busiest = withTasks.OrderByDescending(i => draws.TasksPerInspector[i]).Take(Math.Max(1, count / 10)).ToList();
        var others = withTasks.Except(busiest).OrderBy(_ => random.Next()).Take(count - busiest.Count);
        return [.. busiest.Concat(others).Select(i => (WebRegistry.UserOf(registry.Inspectors[i].InspectorId), registry.Inspectors[i].InspectorId))];
    }

    private static async Task ExecuteAsync(NpgsqlDataSource source, string sql, CancellationToken cancellationToken)
    {
        await using var command = source.CreateCommand(sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
