namespace Supervision.Benchmarks.Web;

/// <summary>What `--web` measures and on how much data; every bound of the measured phase is here.</summary>
/// <param name="Enterprises">Enterprises in the registry (the synthetic generator's identities).</param>
/// <param name="Inspectors">Inspectors in the directory (the synthetic directory, cycled with new ids beyond its size).</param>
/// <param name="Accounts">Inspectors given an account and signed in (the sessions the inspector pages rotate through).</param>
/// <param name="ConnectionString">Any database of the server; the benchmark's own database replaces its name.</param>
/// <param name="DatabaseName">The scratch database, dropped and created at the start of each run and left for EXPLAIN.</param>
/// <param name="Seconds">At most this long per route and concurrency in the measured phase.</param>
/// <param name="Requests">At most this many measured requests per route and concurrency.</param>
/// <param name="Warmup">Requests per route and concurrency before measuring (JIT, plan caches, connection pools).</param>
/// <param name="Concurrency">The numbers of concurrent clients measured, each in its own phase.</param>
/// <param name="Seed">Seed of the generator and of the draws.</param>
/// <param name="Data">The service's data directory (configured as for `serve`; nothing runs without workers).</param>
/// <param name="Rules">The service's rule bundle directory.</param>
internal sealed record WebBenchmarkOptions(
    int Enterprises,
    int Inspectors,
    int Accounts,
    string ConnectionString,
    string DatabaseName,
    double Seconds,
    int Requests,
    int Warmup,
    IReadOnlyList<int> Concurrency,
    int Seed,
    string Data,
    string Rules)
{
    public const string DefaultDatabase = "supervision_webbench";

    /// <summary>The as-of date of the population: the year's twelve monthly draws are all before it.</summary>
    public static DateOnly AsOf { get; } = new(2026, 12, 20);
}
