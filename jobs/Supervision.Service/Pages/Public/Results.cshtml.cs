using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Supervision.Application.Publication;

namespace Supervision.Service.Pages.Public;

/// <summary>检查结果 (结果公开): confirmed results newest first, of all draws or one; late ones and missing ones flagged.</summary>
[AllowAnonymous]
public sealed class ResultsModel(PublicNotices notices) : PageModel
{
    /// <summary>The most missing results listed above the results.</summary>
    public const int MissingLimit = 50;

    public string? DrawId { get; private set; }

    public IReadOnlyList<PublicRow> Rows { get; private set; } = [];

    public IReadOnlyList<PublicRow> Missing { get; private set; } = [];

    public Pager Pager { get; private set; } = new("/public/results?", 1, false);

    public async Task OnGetAsync(string? draw, int? page, CancellationToken cancellationToken)
    {
        DrawId = string.IsNullOrWhiteSpace(draw) ? null : draw.Trim();
        var number = Pager.Clamp(page);
        var path = DrawId is null ? "/public/results?" : $"/public/results?draw={Uri.EscapeDataString(DrawId)}&";
        (Rows, Pager) = Pager.Of(await notices.ResultsAsync(DrawId, number, cancellationToken), path, number);
        if (number == 1 && DrawId is null)
        {
            Missing = await notices.MissingAsync(MissingLimit, cancellationToken);
        }
    }
}
