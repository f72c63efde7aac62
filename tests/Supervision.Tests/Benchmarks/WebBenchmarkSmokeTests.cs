using Supervision.Benchmarks.Web;
using Supervision.Tests.Storage;
using Supervision.Tests.Support;

namespace Supervision.Tests.Benchmarks;

/// <summary>
/// The web benchmark's harness (`Supervision.Benchmarks --web`) at a tiny scale against the test PostgreSQL: it loads its
/// population, starts `serve`, signs in and measures every route, and every answer it counted was the real page. Nothing
/// here looks at a time: the numbers are measured by the benchmark, never asserted in a test.
/// </summary>
public sealed class WebBenchmarkSmokeTests
{
    [Fact]
    public async Task RunAsync_TinyPopulation_MeasuresEveryRouteWithoutErrors()
    {
        var server = await PostgresServer.GetAsync();
        var name = "supervision_webbench_smoke_" + Guid.NewGuid().ToString("N")[..8];
        var options = new WebBenchmarkOptions(2_000, 100, 8, server.ConnectionString("postgres"), name, Seconds: 2, Requests: 12, Warmup: 2,
            Concurrency: [1, 2], Seed: 7, RepoPaths.DataSamples, RepoPaths.Rules);
        try
        {
            var result = await WebBenchmark.RunAsync(options);
            var report = WebReport.Render(result, options);

            Assert.True(result.Clean, report);
            Assert.Equal(WebRoutes.All.Count, result.Measurements.Select(m => m.Route).Distinct().Count());
            foreach (var template in WebRoutes.All.Select(r => r.Template))
            {
                var measured = result.Measurements.Where(m => m.Route.Template == template).ToList();
                Assert.Equal([1, 2], measured.Select(m => m.Clients));
                Assert.All(measured, m => Assert.True(m.Present && m.Milliseconds.Count > 0 && m.Errors == 0, $"{template} ×{m.Clients}: {m.FirstError}"));
            }

            Assert.All(WebRoutes.All, route => Assert.Contains($"`{route.Template}`", report, StringComparison.Ordinal));
            Assert.Equal(2_000, result.Population.Enterprises);
            Assert.Equal(12, result.Population.Draws.DrawIds.Count);
            Assert.True(result.Population.Draws.Results > 0);
        }
        finally
        {
            await server.DropDatabaseAsync(name);
        }
    }
}
