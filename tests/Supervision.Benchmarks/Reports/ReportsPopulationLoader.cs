using System.Diagnostics;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using Supervision.Model.Registry;
using Supervision.Rules.Compilation;
using Supervision.Storage;
using Supervision.Storage.Accounts;
using Supervision.Storage.Migrations;
using Supervision.Synthetic;

namespace Supervision.Benchmarks.Reports;

/// <summary>
/// A fresh database for `--reports`: dropped and created, migrated with the real migrations, two completed runs
/// (<see cref="ReportsBenchmarkOptions.FirstAsOf"/> and <see cref="ReportsBenchmarkOptions.SecondAsOf"/>) of N
/// assessments each written by binary COPY as the nightly writes them (chunks of 1,000 in registry order, each chunk in
/// USCC order), the enterprises the synthetic generator's identities (industry, park, district and grid of the shipped
/// zone, as in data-samples), their standing from <see cref="ReportsStanding"/>; an analyst account made by
/// <see cref="AccountStore"/>; then vacuumed and analysed, as autovacuum would have by morning. With
/// <see cref="ReportsBenchmarkOptions.Reuse"/> the rows are generated again only to count the expected answers, and the
/// report rows are dropped so that they are built again.
/// </summary>
internal static class ReportsPopulationLoader
{
    public const string Password = "reportsbench-pw-2026";
    public const string User = "rb.analyst";

    private const int Batch = 50 * ReportsBenchmarkOptions.ChunkSize;

    private const string CopyAssessments = """
        COPY supervision.assessments (run_id, chunk_no, position, uscc, name, safety_score, safety_level, credit_score,
            credit_class, category, ratio, min_count, exempt, regime, fired, error, industry_code, region, district, grid)
        FROM STDIN (FORMAT BINARY)
        """;

    private const string InsertRun = """
        INSERT INTO supervision.assessment_runs (run_id, as_of, bundle_hash, status, chunk_size, chunk_count, chunks_done, enterprises,
            bundle_id, bundle_version, started_at, finished_at, created_at, updated_at)
        VALUES ($1, $2, $3, 'completed', $4, $5, $5, $6, $7, $8, $9, $9, $9, $9)
        """;

    public static string RunId(DateOnly asOf) => string.Create(CultureInfo.InvariantCulture, $"reports-bench-{asOf:yyyy-MM-dd}");

    public static async Task<ReportsPopulation> LoadAsync(ReportsBenchmarkOptions options, CancellationToken cancellationToken)
    {
        var seconds = new List<(string, double)>();
        var clock = Stopwatch.StartNew();
        void Lap(string part)
        {
            seconds.Add((part, clock.Elapsed.TotalSeconds));
            Console.Error.WriteLine($"reports: {part} {clock.Elapsed.TotalSeconds:0.0} s");
            clock.Restart();
        }

        var (first, second) = (RunId(ReportsBenchmarkOptions.FirstAsOf), RunId(ReportsBenchmarkOptions.SecondAsOf));
        if (!options.Reuse)
        {
            await using var admin = NpgsqlDataSource.Create(options.ConnectionString);
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {options.DatabaseName} WITH (FORCE)", cancellationToken);
            await ExecuteAsync(admin, $"CREATE DATABASE {options.DatabaseName}", cancellationToken);
        }

        await using var database = Database.Create(ReportsBenchmark.ConnectionTo(options));
        if (options.Reuse)
        {
            await ExecuteAsync(database.DataSource,
                "DELETE FROM supervision.run_moves; DELETE FROM supervision.run_breakdowns; DELETE FROM supervision.run_reports", cancellationToken);
            Lap("reuse the database, its report rows dropped");
        }
        else
        {
            await new MigrationRunner(database).MigrateAsync(cancellationToken);
            var bundle = BundleSource.Compile(options.Rules).Bundle;
            foreach (var (runId, asOf) in new[] { (first, ReportsBenchmarkOptions.FirstAsOf), (second, ReportsBenchmarkOptions.SecondAsOf) })
            {
                await using var insert = database.DataSource.CreateCommand(InsertRun);
                insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = runId });
                insert.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = asOf });
                insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = bundle.ContentHash });
                insert.Parameters.Add(new NpgsqlParameter<int> { TypedValue = ReportsBenchmarkOptions.ChunkSize });
                insert.Parameters.Add(new NpgsqlParameter<int> { TypedValue = (options.Enterprises + ReportsBenchmarkOptions.ChunkSize - 1) / ReportsBenchmarkOptions.ChunkSize });
                insert.Parameters.Add(new NpgsqlParameter<int> { TypedValue = options.Enterprises });
                insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = bundle.Manifest.Id });
                insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = bundle.Manifest.Version });
                insert.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = new DateTimeOffset(asOf.ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero) });
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            Lap("create and migrate the database, two completed runs");
        }

        var tally = await GenerateAsync(database, options, options.Reuse ? null : (first, second), cancellationToken);
        Lap(options.Reuse
            ? $"{options.Enterprises:N0} enterprises' standings generated again (for the expected answers)"
            : $"2 × {options.Enterprises:N0} assessments (generate + COPY on two connections)");
        if (!options.Reuse)
        {
            await new AccountStore(database, TimeProvider.System).AddAsync(
                new AccountDraft(User, "报表分析员", AccountRoles.Analyst, null), Password, mustChangePassword: false, "reportsbench", cancellationToken);
            await using var connection = await database.OpenConnectionAsync(cancellationToken);
            foreach (var table in new[] { "assessments", "assessment_runs", "accounts" })
            {
                await using var vacuum = new NpgsqlCommand($"VACUUM (ANALYZE) supervision.{table}", connection) { CommandTimeout = 0 };
                await vacuum.ExecuteNonQueryAsync(cancellationToken);
            }

            Lap("analyst account, VACUUM (ANALYZE)");
        }

        return tally.Population(options.Enterprises, first, second, seconds);
    }

    /// <summary>Generates every enterprise's two standings, batch by batch on every core; copies them when given the runs.</summary>
    private static async Task<ReportsTally> GenerateAsync(
        Database database, ReportsBenchmarkOptions options, (string First, string Second)? runs, CancellationToken cancellationToken)
    {
        var identities = new IdentitySynthesizer((ulong)options.Seed, ReportsBenchmarkOptions.SecondAsOf);
        var tally = new ReportsTally(options.Enterprises);
        var rows = new (Enterprise Enterprise, ReportsStanding First, ReportsStanding Second)[Batch];
        await using var firstConnection = runs is null ? null : await database.OpenConnectionAsync(cancellationToken);
        await using var secondConnection = runs is null ? null : await database.OpenConnectionAsync(cancellationToken);
        await using var firstCopy = firstConnection is null ? null : await firstConnection.BeginBinaryImportAsync(CopyAssessments, cancellationToken);
        await using var secondCopy = secondConnection is null ? null : await secondConnection.BeginBinaryImportAsync(CopyAssessments, cancellationToken);
        for (var start = 0; start < options.Enterprises; start += Batch)
        {
            var count = Math.Min(Batch, options.Enterprises - start);
            var offset = start;
            Parallel.For(0, count, k =>
            {
                var (a, b) = ReportsStanding.Of((ulong)options.Seed, offset + k);
                rows[k] = (identities.Create(offset + k).Enterprise, a, b);
            });
            for (var chunk = 0; chunk < count; chunk += ReportsBenchmarkOptions.ChunkSize)
            {
                var size = Math.Min(ReportsBenchmarkOptions.ChunkSize, count - chunk);
                var order = Enumerable.Range(chunk, size).ToArray();
                var keys = order.Select(k => rows[k].Enterprise.Uscc).ToArray();
                Array.Sort(keys, order, StringComparer.Ordinal);
                var chunkNo = (start + chunk) / ReportsBenchmarkOptions.ChunkSize;
                foreach (var k in order)
                {
                    var (enterprise, a, b) = rows[k];
                    tally.Add(enterprise, a, b);
                    if (runs is { } ids)
                    {
                        await WriteAsync(firstCopy!, ids.First, chunkNo, start + k, enterprise, a, cancellationToken);
                        await WriteAsync(secondCopy!, ids.Second, chunkNo, start + k, enterprise, b, cancellationToken);
                    }
                }
            }
        }

        if (firstCopy is not null)
        {
            await firstCopy.CompleteAsync(cancellationToken);
            await secondCopy!.CompleteAsync(cancellationToken);
        }

        return tally;
    }

    private static async Task WriteAsync(
        NpgsqlBinaryImporter writer, string runId, int chunkNo, int position, Enterprise e, ReportsStanding s, CancellationToken cancellationToken)
    {
        await writer.StartRowAsync(cancellationToken);
        await writer.WriteAsync(runId, NpgsqlDbType.Text, cancellationToken);
        await writer.WriteAsync(chunkNo, NpgsqlDbType.Integer, cancellationToken);
        await writer.WriteAsync(position, NpgsqlDbType.Integer, cancellationToken);
        await writer.WriteAsync(e.Uscc, NpgsqlDbType.Text, cancellationToken);
        await writer.WriteAsync(e.Name, NpgsqlDbType.Text, cancellationToken);
        await WriteAsync(writer, s.SafetyScore, cancellationToken);
        await WriteAsync(writer, s.SafetyLevel, cancellationToken);
        await WriteAsync(writer, s.CreditScore, cancellationToken);
        await WriteAsync(writer, s.CreditClass, cancellationToken);
        await WriteAsync(writer, s.Category, cancellationToken);
        await WriteAsync(writer, s.Ratio, cancellationToken);
        await writer.WriteAsync(s.Error is null ? 1 : 0, NpgsqlDbType.Integer, cancellationToken);
        await writer.WriteAsync(false, NpgsqlDbType.Boolean, cancellationToken);
        await WriteAsync(writer, s.Regime, cancellationToken);
        await writer.WriteAsync(s.Fired, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
        await WriteAsync(writer, s.Error, cancellationToken);
        await writer.WriteAsync(e.IndustryCode, NpgsqlDbType.Text, cancellationToken);
        await writer.WriteAsync(e.Region, NpgsqlDbType.Text, cancellationToken);
        await writer.WriteAsync(e.District, NpgsqlDbType.Text, cancellationToken);
        await writer.WriteAsync(e.Grid, NpgsqlDbType.Text, cancellationToken);
    }

    private static async Task WriteAsync(NpgsqlBinaryImporter writer, string? value, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            await writer.WriteNullAsync(cancellationToken);
        }
        else
        {
            await writer.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);
        }
    }

    private static async Task WriteAsync(NpgsqlBinaryImporter writer, double? value, CancellationToken cancellationToken)
    {
        if (value is { } number)
        {
            await writer.WriteAsync(number, NpgsqlDbType.Double, cancellationToken);
        }
        else
        {
            await writer.WriteNullAsync(cancellationToken);
        }
    }

    private static async Task ExecuteAsync(NpgsqlDataSource source, string sql, CancellationToken cancellationToken)
    {
        await using var command = source.CreateCommand(sql);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
