namespace Supervision.Benchmarks.Reports;

/// <summary>What `--reports` measures and on how much data; every bound of the measured phases is here.</summary>
/// <param name="Enterprises">Assessments per run (two runs).</param>
/// <param name="ConnectionString">Any database of the server; the benchmark's own database replaces its name.</param>
/// <param name="DatabaseName">The scratch database, dropped and created at the start of each run and left for EXPLAIN.</param>
/// <param name="Reuse">Keep the database of an earlier run with the same size and seed (only its report rows are dropped and
/// built again): for iterating on a fix without loading two million rows again.</param>
/// <param name="Seconds">At most this long per route and concurrency in the measured phase.</param>
/// <param name="Requests">At most this many measured requests per route and concurrency.</param>
/// <param name="Warmup">Requests per route and concurrency before measuring.</param>
/// <param name="Concurrency">The numbers of concurrent clients measured, each in its own phase.</param>
/// <param name="Seed">Seed of the generated enterprises and standings.</param>
/// <param name="Data">The service's data directory.</param>
/// <param name="Rules">The service's rule bundle directory.</param>
/// <param name="Skip">Parts left out: "pages", "exports", "verify" (the openpyxl row count).</param>
internal sealed record ReportsBenchmarkOptions(
    int Enterprises,
    string ConnectionString,
    string DatabaseName,
    bool Reuse,
    double Seconds,
    int Requests,
    int Warmup,
    IReadOnlyList<int> Concurrency,
    int Seed,
    string Data,
    string Rules,
    IReadOnlySet<string> Skip)
{
    public const string DefaultDatabase = "bench_reports";

    public static DateOnly FirstAsOf { get; } = new(2026, 11, 27);

    public static DateOnly SecondAsOf { get; } = new(2026, 11, 30);

    /// <summary>Enterprises per chunk, as the nightly writes them (its default --chunk-size).</summary>
    public const int ChunkSize = 1000;
}
