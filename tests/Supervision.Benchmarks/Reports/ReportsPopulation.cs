namespace Supervision.Benchmarks.Reports;

/// <summary>
/// The two runs `--reports` loaded and what their pages must show, counted while the rows were generated (the second
/// run's standing): the answers the measured requests are checked against.
/// </summary>
/// <param name="Enterprises">Assessments per run.</param>
/// <param name="FirstRun">The earlier run (<see cref="ReportsBenchmarkOptions.FirstAsOf"/>).</param>
/// <param name="SecondRun">The later run, the overview's default.</param>
/// <param name="Movers">Enterprises whose category differs between the runs.</param>
/// <param name="Districts">Per district: enterprises, movers, enterprises per category (I–IV), and the USCCs that head the
/// list's first page and its page 200 (null when the district has fewer rows).</param>
/// <param name="Divisions">Per industry code prefix of three characters (C26, F51 …): enterprises.</param>
/// <param name="FirstMover">The smallest USCC (ordinal) of a mover: the head of the moves over the period.</param>
/// <param name="Samples">Enterprises for the enterprise page: USCC and name.</param>
/// <param name="LoadSeconds">Each part of the load and its seconds.</param>
internal sealed record ReportsPopulation(
    int Enterprises,
    string FirstRun,
    string SecondRun,
    long Movers,
    IReadOnlyList<ReportsDistrict> Districts,
    IReadOnlyList<(string Prefix, long Enterprises)> Divisions,
    string FirstMover,
    IReadOnlyList<(string Uscc, string Name)> Samples,
    IReadOnlyList<(string Part, double Seconds)> LoadSeconds);
