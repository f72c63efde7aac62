using System.Text;
using Supervision.Storage.Reports;

namespace Supervision.Service.Pages.Analyst;

/// <summary>
/// The run and filters of an analyst's page, as query parameters, so that every view is a link that can be bookmarked,
/// shared and opened again (GET forms, no state on the server).
/// </summary>
public sealed record ReportQuery(string? Run, string? Industry, string? District, string? Category, string? Regime, string? Compare = null)
{
    public ReportFilter Filter => new(Industry, District, Category, Regime);

    /// <summary>The query string (starting with ?) with the given parts replaced; a null or empty part is left out.</summary>
    public string Link(string path, string? district = null, string? category = null, string? industry = null, int? page = null)
    {
        var parts = new List<(string, string?)>
        {
            ("run", Run), ("industry", industry ?? Industry), ("district", district ?? District), ("category", category ?? Category),
            ("regime", Regime), ("compare", Compare),
        };
        if (page is > 1)
        {
            parts.Add(("page", page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var text = new StringBuilder(path);
        var separator = '?';
        foreach (var (name, value) in parts)
        {
            if (!string.IsNullOrEmpty(value))
            {
                text.Append(separator).Append(name).Append('=').Append(Uri.EscapeDataString(value));
                separator = '&';
            }
        }

        return text.ToString();
    }
}
