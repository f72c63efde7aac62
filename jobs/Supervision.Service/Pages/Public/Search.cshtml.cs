using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Supervision.Application.Publication;

namespace Supervision.Service.Pages.Public;

/// <summary>查询: the drawn tasks of enterprises found by name (substring) or USCC (prefix), with their public results.</summary>
[AllowAnonymous]
public sealed class SearchModel(PublicNotices notices) : PageModel
{
    /// <summary>The longest query looked up: longer than any name or USCC.</summary>
    public const int MaxQuery = 100;

    public string Query { get; private set; } = "";

    public bool TooShort { get; private set; }

    public IReadOnlyList<PublicRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(string? q, CancellationToken cancellationToken)
    {
        Query = (q ?? "").Trim();
        if (Query.Length > MaxQuery)
        {
            Query = Query[..MaxQuery];
        }

        TooShort = Query.Length == 1;
        Rows = Query.Length >= 2 ? await notices.SearchAsync(Query, cancellationToken) : [];
    }
}
