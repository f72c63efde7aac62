namespace Supervision.Benchmarks.Web;

/// <summary>A measured route: its name, its template as the report shows it, and how request <c>n</c> fills it.</summary>
internal sealed record WebRoute(string Name, string Template, Func<WebFixture, long, WebTarget> Fill);
