using Supervision.Application.Reports;
using Supervision.Benchmarks.Web;
using Supervision.Service.Pages.Analyst;

namespace Supervision.Benchmarks.Reports;

/// <summary>
/// The analysts' pages `--reports` measures, as <see cref="WebRoute"/>s of the web benchmark, each request signed in as
/// the analyst and checked against the counts of <see cref="ReportsPopulation"/>: the overview's total (and the moves'
/// count and first mover where the population knows them), the list's first USCC, the enterprise's USCC and name.
/// Filtered routes rotate through every district, industry division or district and category, one per request.
/// </summary>
internal static class ReportsRoutes
{
    /// <summary>The overview routes, held to the issue's ≤ 1 s.</summary>
    public static IReadOnlyList<string> Overview { get; } =
        ["overview", "overview by district", "overview by industry prefix", "overview by district and category"];

    public static IReadOnlyList<WebRoute> All(ReportsPopulation p, WebSession analyst)
    {
        ArgumentNullException.ThrowIfNull(p);
        var districts = p.Districts.Where(d => d.Name.Length > 0).ToList();
        var deep = districts.Where(d => d.Page200Head is not null).ToList();
        var cells = districts.SelectMany(d => ReportsStanding.Categories.Select((c, i) => (District: d, Category: c, Count: d.ByCategory[i])))
            .Where(x => x.Count > 0).ToList();
        string Total(long count) => $"符合条件的企业 {ReportFormat.Count(count)} 户";
        string Moves(long count) => $"相比的变动企业（{ReportFormat.Count(count)} 户）";
        string Link(string uscc) => $"href=\"/analyst/enterprises/{uscc}\"";
        string Listed(string uscc) => $"<span class=\"enterprise hint\">{uscc}</span>";
        static string Escape(string text) => Uri.EscapeDataString(text);
        var routes = new List<WebRoute>
        {
            WebRoutes.Baseline,
            new("overview", "/analyst", (_, _) => new("/analyst", analyst, [Total(p.Enterprises), Moves(p.Movers), Link(p.FirstMover)])),
            new("overview by district", "/analyst?district={district}", (_, n) =>
            {
                var d = districts[(int)(n % districts.Count)];
                return new($"/analyst?district={Escape(d.Name)}", analyst, [Total(d.Enterprises), Moves(d.Movers)]);
            }),
            new("overview by industry prefix", "/analyst?industry={C26…}", (_, n) =>
            {
                var (prefix, count) = p.Divisions[(int)(n % p.Divisions.Count)];
                return new($"/analyst?industry={prefix}", analyst, [Total(count)]);
            }),
            new("overview by district and category", "/analyst?district={district}&category={I–IV}", (_, n) =>
            {
                var (d, category, count) = cells[(int)(n % cells.Count)];
                return new($"/analyst?district={Escape(d.Name)}&category={category}", analyst, [Total(count)]);
            }),
            new("period moves (on-demand join of the two runs)", "/analyst?compare={first run}", (_, _) =>
                new($"/analyst?compare={Escape(p.FirstRun)}", analyst, [Total(p.Enterprises), Link(p.FirstMover)])),
            new("enterprise list, first page", "/analyst/enterprises?district={district}", (_, n) =>
            {
                var d = districts[(int)(n % districts.Count)];
                return new($"/analyst/enterprises?district={Escape(d.Name)}", analyst, [$"企业名单：{d.Name}", Listed(d.FirstPageHead)]);
            }),
        };
        if (deep.Count > 0)
        {
            routes.Add(new($"enterprise list, page {EnterprisesModel.MaxPage}", $"/analyst/enterprises?district={{district}}&page={EnterprisesModel.MaxPage}", (_, n) =>
            {
                var d = deep[(int)(n % deep.Count)];
                return new($"/analyst/enterprises?district={Escape(d.Name)}&page={EnterprisesModel.MaxPage}", analyst,
                    [$"第 {EnterprisesModel.MaxPage} 页", Listed(d.Page200Head!)]);
            }));
        }

        routes.Add(new("enterprise page", "/analyst/enterprises/{uscc}", (_, n) =>
        {
            var (uscc, name) = p.Samples[(int)(n % p.Samples.Count)];
            return new($"/analyst/enterprises/{uscc}", analyst, [$"<dd>{uscc}</dd>", $"<h1>{name}</h1>"]);
        }));
        return routes;
    }
}
