using System.Diagnostics;
using System.Net;

namespace Supervision.Benchmarks.Web;

/// <summary>
/// Measures one route at one concurrency: a probe (404: not present), warm-up requests, then a measured phase bounded by
/// a number of requests and a time. Each request's latency runs from sending to the last byte of the body read; only
/// answers that are 200 and hold every marker count, the others are errors.
/// </summary>
internal static class WebMeasurer
{
    public static Task<RouteMeasurement> MeasureAsync(
        WebRoute route, WebFixture fixture, int clients, WebBenchmarkOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        return MeasureAsync(route, fixture, clients, options.Warmup, options.Requests, options.Seconds, cancellationToken);
    }

    /// <summary>Measures with explicit bounds: <paramref name="warmup"/> requests, then at most <paramref name="requests"/> or <paramref name="seconds"/>.</summary>
    public static async Task<RouteMeasurement> MeasureAsync(
        WebRoute route, WebFixture fixture, int clients, int warmup, int requests, double seconds, CancellationToken cancellationToken)
    {
        // The probe is signed in: the fallback policy sends an anonymous request for a route that does not exist to the
        // sign-in page, where a signed-in one gets the 404 that says the page is not built. Measured requests are anonymous.
        var probe = route.Fill(fixture, 0);
        var (status, _) = await (probe.Session ?? fixture.Inspectors[0].Session).GetAsync(probe.Path, cancellationToken);
        if (status == HttpStatusCode.NotFound)
        {
            return new RouteMeasurement(route, clients, false, [], 0, null, 0);
        }

        await RunAsync(route, fixture, clients, 1, warmup, TimeSpan.FromSeconds(seconds), cancellationToken);
        return await RunAsync(route, fixture, clients, 1 + warmup, requests, TimeSpan.FromSeconds(seconds), cancellationToken);
    }

    private static async Task<RouteMeasurement> RunAsync(
        WebRoute route, WebFixture fixture, int clients, long first, int requests, TimeSpan limit, CancellationToken cancellationToken)
    {
        var next = first - 1;
        var errors = 0;
        string? firstError = null;
        var watch = Stopwatch.StartNew();
        var latencies = await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            var own = new List<double>();
            while (true)
            {
                var n = Interlocked.Increment(ref next);
                if (n - first >= requests || watch.Elapsed >= limit)
                {
                    return own;
                }

                var target = route.Fill(fixture, n);
                var session = target.Session ?? fixture.Anonymous();
                var started = Stopwatch.GetTimestamp();
                string? problem;
                try
                {
                    var (status, body) = await session.GetAsync(target.Path, cancellationToken);
                    var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    var missing = target.Markers.FirstOrDefault(m => !body.Contains(m, StringComparison.Ordinal));
                    problem = status != HttpStatusCode.OK ? $"{target.Path}: {(int)status}"
                        : missing is not null ? $"{target.Path}: 200 without \"{missing}\""
                        : null;
                    if (problem is null)
                    {
                        own.Add(elapsed);
                    }
                }
                catch (HttpRequestException e)
                {
                    problem = $"{target.Path}: {e.Message}";
                }

                if (problem is not null)
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, problem, null);
                }
            }
        }));
        return new RouteMeasurement(route, clients, true, [.. latencies.SelectMany(l => l)], errors, firstError, watch.Elapsed.TotalSeconds);
    }
}
