using Microsoft.AspNetCore.Mvc.RazorPages;
using Supervision.Storage.Draws;

namespace Supervision.Service.Pages.Regulator;

/// <summary>抽取管理 (regulators only): the draws, newest first, with their tasks, unassigned tasks, pending recusals and confirmed results.</summary>
public sealed class DrawsModel(DrawAdministration draws) : PageModel
{
    public IReadOnlyList<DrawSummary> Draws { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Draws = await draws.DrawsAsync(cancellationToken);

    public static string StatusWords(string status) => status switch
    {
        "drawn" => "已抽取",
        "published" => "已公示",
        "cancelled" => "已作废",
        _ => status,
    };
}
