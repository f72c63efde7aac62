using System.Diagnostics;
using System.Globalization;
using System.Text;
using Npgsql;
using Supervision.Model.Registry;
using Supervision.Storage;
using Supervision.Storage.Migrations;
using Supervision.Storage.Registry;

namespace Supervision.Benchmarks;

/// <summary>
/// The enterprise import (<see cref="EnterpriseStore"/>: a first load, a re-import with 10 % changed rows, as many new
/// rows into the filled table) against <c>psql \copy</c> of the same rows from a CSV file into an empty table, on the
/// same server in the same run (the baseline): rows per second, best of three after a warm-up round. Two scratch
/// databases are created on the server of the connection string and dropped afterwards.
/// </summary>
internal static class ImportBenchmark
{
    private const int Rounds = 3;

    private const string Columns = "uscc, name, industry_code, region, grid, registration_date, status, new_business_form";

    public static async Task<string> RunAsync(int count, string connectionString)
    {
        var rows = Generate(count, 0);
        var changed = rows.Select((e, i) => i % 10 == 0 ? e with { Grid = e.Grid + "-2" } : e).ToList();
        var others = Generate(count, 50_000_000);
        var (oursName, theirsName) = ($"supervision_bench_{Environment.ProcessId}_a", $"supervision_bench_{Environment.ProcessId}_b");
        await using var admin = NpgsqlDataSource.Create(connectionString);
        var csv = Path.Combine(Path.GetTempPath(), $"supervision-bench-{Guid.NewGuid():N}.csv");
        try
        {
            foreach (var name in new[] { oursName, theirsName })
            {
                await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {name}");
                await ExecuteAsync(admin, $"CREATE DATABASE {name}");
            }

            await using var ours = Database.Create(With(connectionString, oursName));
            await using var theirs = Database.Create(With(connectionString, theirsName));
            await new MigrationRunner(ours).MigrateAsync();
            await new MigrationRunner(theirs).MigrateAsync();
            await File.WriteAllTextAsync(csv, ToCsv(rows), new UTF8Encoding(false));
            var store = new EnterpriseStore(ours);
            var (insert, update, add, psql) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
            for (var round = 0; round <= Rounds; round++)
            {
                await TruncateAsync(ours);
                await TruncateAsync(theirs);
                var clock = Stopwatch.StartNew();
                await store.UpsertAsync(rows);
                var insertTime = clock.Elapsed.TotalSeconds;
                clock.Restart();
                await store.UpsertAsync(changed);
                var updateTime = clock.Elapsed.TotalSeconds;
                clock.Restart();
                await store.UpsertAsync(others);
                var addTime = clock.Elapsed.TotalSeconds;
                clock.Restart();
                Psql(With(connectionString, theirsName), csv);
                var psqlTime = clock.Elapsed.TotalSeconds;
                if (round > 0)
                {
                    (insert, update, add, psql) = ([.. insert, insertTime], [.. update, updateTime], [.. add, addTime], [.. psql, psqlTime]);
                }
            }

            return string.Join('\n',
                Line("EnterpriseStore, empty table (binary COPY)", count, insert, psql.Min()),
                Line("EnterpriseStore, same rows with 10 % changed (staging + upsert)", count, update, psql.Min()),
                Line("EnterpriseStore, as many new rows into the filled table", count, add, psql.Min()),
                Line("psql \\copy from CSV into an empty table (baseline, with psql start-up)", count, psql, psql.Min()));
        }
        finally
        {
            File.Delete(csv);
            NpgsqlConnection.ClearAllPools();
            foreach (var name in new[] { oursName, theirsName })
            {
                await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {name}");
            }
        }
    }

    private static List<Enterprise> Generate(int count, int first)
    {
        string[] regions = ["站前区", "西市区", "鲅鱼圈区", "老边区"];
        string[] industries = ["C2614", "F5162", "G5942", "C3311", "M7320"];
        return [.. Enumerable.Range(first, count).Select(n =>
        {
            var first17 = string.Create(CultureInfo.InvariantCulture, $"9121080MA{n:D8}");
            return new Enterprise(first17 + Uscc.CheckCharacter(first17), string.Create(CultureInfo.InvariantCulture, $"营口测试企业{n}有限公司"),
                industries[n % industries.Length], regions[n % regions.Length], "鲅鱼圈区海星街道", string.Create(CultureInfo.InvariantCulture, $"网格{n % 37:D2}"),
                new DateOnly(2000, 1, 1).AddDays(n % 9000), (OperatingStatus)(n % 4), n % 7 == 0);
        })];
    }

    private static string ToCsv(List<Enterprise> rows)
    {
        var csv = new StringBuilder();
        foreach (var e in rows)
        {
            csv.Append(CultureInfo.InvariantCulture,
                $"{e.Uscc},\"{e.Name}\",{e.IndustryCode},{e.Region},{e.Grid},{e.RegistrationDate:yyyy-MM-dd},{e.Status.ToString().ToLowerInvariant()},{(e.NewBusinessForm ? "t" : "f")}\n");
        }

        return csv.ToString();
    }

    private static void Psql(string connectionString, string csv)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        var info = new ProcessStartInfo("psql") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-X", "-v", "ON_ERROR_STOP=1", "-c", $"\\copy supervision.enterprises ({Columns}) FROM '{csv}' WITH (FORMAT csv)" })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["PGHOST"] = settings.Host;
        info.Environment["PGPORT"] = settings.Port.ToString(CultureInfo.InvariantCulture);
        info.Environment["PGUSER"] = settings.Username;
        info.Environment["PGDATABASE"] = settings.Database;
        if (settings.Password is { } password)
        {
            info.Environment["PGPASSWORD"] = password;
        }

        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("psql failed: " + error);
        }
    }

    private static string With(string connectionString, string database) => new NpgsqlConnectionStringBuilder(connectionString) { Database = database }.ConnectionString;

    private static async Task ExecuteAsync(NpgsqlDataSource source, string sql)
    {
        await using var command = source.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task TruncateAsync(Database database)
    {
        await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand("TRUNCATE supervision.enterprises CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string Line(string what, int count, List<double> seconds, double baseline)
        => string.Create(CultureInfo.InvariantCulture,
            $"| {what} | {count:N0} | {seconds.Min():0.000} s | {count / seconds.Min():N0} | {baseline / seconds.Min():0.00} |");
}
