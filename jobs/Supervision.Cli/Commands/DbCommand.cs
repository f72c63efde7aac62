using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Supervision.Application.Nightly;
using Supervision.Application.Scoring;
using Supervision.Data.Import;
using Supervision.Storage;
using Supervision.Storage.Migrations;

namespace Supervision.Cli.Commands;

/// <summary>`supervision db migrate` and `supervision audit verify`: the PostgreSQL store.</summary>
internal static class DbCommand
{
    /// <summary>Exit code when the database cannot be reached after the retries.</summary>
    public const int Unreachable = 7;

    public static Command CreateDb(TimeProvider clock)
    {
        var connection = Connection();
        var retries = Retries();
        var migrate = new Command("migrate", "Apply the ordered SQL migrations (under an advisory lock; refuses if an applied script changed).")
        {
            connection, retries,
        };
        migrate.SetAction((parse, ct) => Run(parse.GetValue(connection), parse.GetValue(retries), async database =>
        {
            var report = await new MigrationRunner(database).MigrateAsync(ct);
            Console.WriteLine($"{database.Target}: applied {report.Applied.Count} migration(s) {string.Join(", ", report.Applied)}; "
                + $"{report.AlreadyApplied.Count} already applied");
            return ExitCodes.Ok;
        }, ct));
        return new Command("db", "The PostgreSQL store (connection from --connection or SUPERVISION_DB).") { migrate, Import(clock) };
    }

    private static Command Import(TimeProvider clock)
    {
        var connection = Connection();
        var retries = Retries();
        var data = CommonOptions.Data();
        var rules = CommonOptions.Rules();
        var import = new Command("import",
            "Import the registry (enterprises.csv, validated like every CSV import: each rejected row with file:line:column) into PostgreSQL by binary "
            + "COPY — new rows straight in, changed rows through staging, unchanged rows untouched — and record the import in the audit log. "
            + "Migrates first.")
        {
            connection, retries, data, rules,
        };
        import.SetAction((parse, ct) =>
        {
            var bundle = BundleLoading.Load(parse.GetValue(rules)!, "nothing was imported");
            var directory = parse.GetValue(data)!;
            if (bundle is null)
            {
                return Task.FromResult(BundleLoading.FailureCode(parse.GetValue(rules)!));
            }

            if (!File.Exists(Path.Combine(directory, PopulationLoader.EnterprisesFile)))
            {
                Console.Error.WriteLine($"need {Path.Combine(directory, PopulationLoader.EnterprisesFile)}");
                return Task.FromResult(ExitCodes.MissingInput);
            }

            return Run(parse.GetValue(connection), parse.GetValue(retries), async database =>
            {
                await new MigrationRunner(database).MigrateAsync(ct);
                var watch = Stopwatch.StartNew();
                var population = new ScorePopulation(bundle).LoadRecords(directory);
                var read = watch.Elapsed;
                ImportReportFormatter.Write(Console.Error, population.Reports);
                watch.Restart();
                var counts = await RegistryImport.ImportAsync(database, clock, $"{Environment.UserName}@{Environment.MachineName}", population,
                    DataFingerprint.Compute(directory), null, ct);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{database.Target}: {counts.Received:N0} enterprises: {counts.Inserted:N0} new, {counts.Updated:N0} changed, {counts.Unchanged:N0} unchanged; "
                    + $"CSV read {read.TotalSeconds:0.00} s, database {watch.Elapsed.TotalSeconds:0.00} s ({counts.Received / Math.Max(watch.Elapsed.TotalSeconds, 1e-6):N0} rows/s); audited"));
                return population.Reports.Any(r => r.Rejected > 0) ? ExitCodes.CompletedWithProblems : ExitCodes.Ok;
            }, ct);
        });
        return import;
    }

    internal static Option<string?> Connection() => new("--connection") { Description = "PostgreSQL connection string; default: the SUPERVISION_DB environment variable" };

    internal static Option<int> Retries() => new("--retries") { Description = "attempts while the database is unreachable (2 s, 4 s, 8 s … apart)", DefaultValueFactory = _ => 5 };

    /// <summary>Runs a database action, retrying with back-off while the server is unreachable, with a plain message instead of a stack trace.</summary>
    internal static async Task<int> Run(string? connection, int retries, Func<Database, Task<int>> action, CancellationToken cancellationToken)
    {
        Database database;
        try
        {
            database = Database.Create(connection ?? Environment.GetEnvironmentVariable(Database.EnvironmentVariable));
        }
        catch (DatabaseConfigurationException e)
        {
            Console.Error.WriteLine(e.Message);
            return ExitCodes.Usage;
        }

        await using (database)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await action(database);
                }
                catch (DatabaseUnavailableException e) when (attempt < Math.Max(1, retries) && e.IsTransient)
                {
                    var wait = TimeSpan.FromSeconds(Math.Pow(2, attempt));
                    Console.Error.WriteLine($"database {e.Target} unreachable ({e.Reason}); retry {attempt}/{retries - 1} in {wait.TotalSeconds:0} s");
                    await Task.Delay(wait, cancellationToken);
                }
                catch (DatabaseUnavailableException e)
                {
                    Console.Error.WriteLine($"database {e.Target} unreachable: {e.Reason}");
                    return Unreachable;
                }
            }
        }
    }
}
