namespace Supervision.Benchmarks.Web;

/// <summary>Everything `--web` found: the machine, the population and its load times, the sign-ins, and each route's measurement.</summary>
internal sealed record WebBenchmarkResult(
    string Machine, WebPopulation Population, double SignInSeconds, IReadOnlyList<RouteMeasurement> Measurements)
{
    /// <summary>Every route that is present answered every measured request correctly.</summary>
    public bool Clean => Measurements.All(m => m.Errors == 0);
}
