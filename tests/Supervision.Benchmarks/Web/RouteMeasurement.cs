namespace Supervision.Benchmarks.Web;

/// <summary>The measured phase of one route at one concurrency: each request's latency in milliseconds, and the failures.</summary>
/// <param name="Route">The route measured.</param>
/// <param name="Clients">Concurrent clients.</param>
/// <param name="Present">False when the route answered 404 (not built yet): nothing was measured.</param>
/// <param name="FirstError">What the first failed request got (status and missing marker), or null.</param>
/// <param name="Milliseconds">The latency of each correct answer.</param>
/// <param name="Errors">Answers that were not 200 with every marker, or failed.</param>
/// <param name="Seconds">How long the measured phase took.</param>
internal sealed record RouteMeasurement(
    WebRoute Route, int Clients, bool Present, IReadOnlyList<double> Milliseconds, int Errors, string? FirstError, double Seconds)
{
    /// <summary>The nearest-rank percentile <paramref name="p"/> (0–100) of the latencies, or NaN without any.</summary>
    public double Percentile(double p)
    {
        if (Milliseconds.Count == 0)
        {
            return double.NaN;
        }

        var sorted = Milliseconds.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public double Max => Milliseconds.Count == 0 ? double.NaN : Milliseconds.Max();

    public double PerSecond => Seconds > 0 ? Milliseconds.Count / Seconds : 0;
}
