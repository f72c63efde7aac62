using System.Diagnostics;
using System.Globalization;
using System.Text;
using Npgsql;
using Supervision.Storage.Registry;
using Supervision.Tests.Analysis;
using Xunit.Abstractions;

namespace Supervision.Tests.Storage;

/// <summary>
/// Measures the enterprise import (<see cref="EnterpriseStore"/>: a first load, a re-import with 10 % changed rows, new
/// rows into a filled table) against <c>psql \copy</c> of the same rows from a CSV file into an empty table, in the
/// same run on the same server; prints rows per second (best of three after a warm-up round) and asserts only the row
/// counts. 20,000 rows by default; for the issue's figure run it with SUPERVISION_BENCH_ROWS=200000 and
/// <c>--logger "console;verbosity=detailed"</c> to see the output.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class EnterpriseImportBenchmarkTests(ITestOutputHelper output)
{
    private const int Rounds = 3;

    private const string Columns = "uscc, name, industry_code, region, grid, registration_date, status, new_business_form";

    [Fact]
    public async Task UpsertAsync_ComparedWithPsqlCopy_ReportsRowsPerSecond()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("SUPERVISION_BENCH_ROWS"), CultureInfo.InvariantCulture, out var n) ? n : 20_000;
        var rows = TestEnterprises.Generate(count);
        var changed = rows.Select((e, i) => i % 10 == 0 ? e with { Grid = e.Grid + "-2" } : e).ToList();
        var others = TestEnterprises.Generate(count, first: 50_000_000);
        var server = await PostgresServer.GetAsync();
        await using var ours = await server.CreateDatabaseAsync();
        await using var theirs = await server.CreateDatabaseAsync();
        var store = new EnterpriseStore(ours.Database);
        var csv = Path.Combine(Path.GetTempPath(), $"supervision-bench-{Guid.NewGuid():N}.csv");
        var (insert, update, add, psql) = (new List<TimeSpan>(), new List<TimeSpan>(), new List<TimeSpan>(), new List<TimeSpan>());
        try
        {
            await File.WriteAllTextAsync(csv, ToCsv(rows), new UTF8Encoding(false));

            // Round 0 warms up (JIT, pools, server caches) and is not reported.
            for (var round = 0; round <= Rounds; round++)
            {
                await ours.ExecuteAsync("TRUNCATE supervision.enterprises CASCADE");
                await theirs.ExecuteAsync("TRUNCATE supervision.enterprises CASCADE");

                var clock = Stopwatch.StartNew();
                var inserted = await store.UpsertAsync(rows);
                var insertTime = clock.Elapsed;
                clock.Restart();
                var updated = await store.UpsertAsync(changed);
                var updateTime = clock.Elapsed;
                clock.Restart();
                var added = await store.UpsertAsync(others);
                var addTime = clock.Elapsed;
                clock.Restart();
                var copied = await PsqlCopyAsync(theirs, csv);
                var psqlTime = clock.Elapsed;

                Assert.Equal(new UpsertCounts(count, count, 0, 0), inserted);
                Assert.Equal((count + 9) / 10, updated.Updated);
                Assert.Equal(count, added.Inserted);
                Assert.Equal($"COPY {count}", copied);
                if (round > 0)
                {
                    (insert, update, add, psql) = ([.. insert, insertTime], [.. update, updateTime], [.. add, addTime], [.. psql, psqlTime]);
                }
            }

            Assert.Equal(count, await theirs.ScalarAsync<long>("SELECT count(*) FROM supervision.enterprises"));
            output.WriteLine(Line("EnterpriseStore.UpsertAsync into an empty table (binary COPY straight into it)", count, insert));
            output.WriteLine(Line("EnterpriseStore.UpsertAsync, same rows with 10 % changed (COPY to staging + upsert)", count, update));
            output.WriteLine(Line("EnterpriseStore.UpsertAsync, as many new rows into the filled table", count, add));
            output.WriteLine(Line("psql \\copy of the same rows from CSV into an empty table (with psql start-up)", count, psql));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ratio ours / psql \\copy (best rows per second, empty table): {psql.Min().TotalSeconds / insert.Min().TotalSeconds:0.00}"));
        }
        finally
        {
            File.Delete(csv);
        }
    }

    private static async Task<string> PsqlCopyAsync(TestDatabase database, string csv)
    {
        var settings = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        var environment = new Dictionary<string, string>
        {
            ["PGHOST"] = settings.Host!,
            ["PGPORT"] = settings.Port.ToString(CultureInfo.InvariantCulture),
            ["PGUSER"] = settings.Username!,
            ["PGDATABASE"] = settings.Database!,
        };
        if (settings.Password is { } password)
        {
            environment["PGPASSWORD"] = password;
        }

        var (exitCode, text) = await ExternalProcess.RunAsync(
            PostgresBinaries.Psql(),
            ["-X", "-v", "ON_ERROR_STOP=1", "-c", $"\\copy supervision.enterprises ({Columns}) FROM '{csv}' WITH (FORMAT csv)"],
            Path.GetTempPath(),
            environment);
        Assert.True(exitCode == 0, text);
        return text.Trim();
    }

    private static string ToCsv(List<Supervision.Model.Registry.Enterprise> rows)
    {
        var csv = new StringBuilder();
        foreach (var e in rows)
        {
            csv.Append(CultureInfo.InvariantCulture,
                $"{e.Uscc},\"{e.Name}\",{e.IndustryCode},{e.Region},{e.Grid},{e.RegistrationDate:yyyy-MM-dd},{EnterpriseStore.StatusText(e.Status)},{(e.NewBusinessForm ? "t" : "f")}\n");
        }

        return csv.ToString();
    }

    private static string Line(string what, int count, List<TimeSpan> times)
        => string.Create(CultureInfo.InvariantCulture,
            $"{what}: {count} rows, best {times.Min().TotalSeconds:0.000} s = {count / times.Min().TotalSeconds:N0} rows/s "
            + $"(runs: {string.Join(", ", times.Select(t => t.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)))} s)");
}
