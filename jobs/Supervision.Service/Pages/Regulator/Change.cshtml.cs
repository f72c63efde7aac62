using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;
using Supervision.Application.Bundles;
using Supervision.Storage.Bundles;
using Supervision.Storage.Changes;

namespace Supervision.Service.Pages.Regulator;

/// <summary>
/// One change request: what was proposed, by whom and when, its checks as run then, the link to its what-if; the review
/// (approve or reject with a comment) for any regulator but its author; withdrawal by its author; publication of an
/// approved request into the store the nights read.
/// </summary>
public sealed class ChangeModel(
    ChangeRequestStore requests, BundleChanges changes, RuleBundleStore archive, RuleChangeSettings settings, ILogger<ChangeModel> logger) : PageModel
{
    public ChangeRequest? Change { get; private set; }

    [BindProperty]
    public string Comment { get; set; } = "";

    /// <summary>Why the last action was refused, shown above the forms (the comment typed is kept).</summary>
    public string? Problem { get; private set; }

    /// <summary>What the last action did (Post/Redirect/Get: ?done=…).</summary>
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public bool IsAuthor => Change?.Author == User.Identity!.Name;

    /// <summary>Where approved requests are published, or null when the service reads a plain bundle directory.</summary>
    public string? Store => settings.Store;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        Change = await requests.GetAsync(id, cancellationToken);
        return Change is null ? NotFound() : Page();
    }

    public Task<IActionResult> OnPostApproveAsync(long id, CancellationToken cancellationToken) => ReviewAsync(id, approve: true, cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(long id, CancellationToken cancellationToken) => ReviewAsync(id, approve: false, cancellationToken);

    public async Task<IActionResult> OnPostWithdrawAsync(long id, CancellationToken cancellationToken)
        => await ActAsync(id, "withdrawn", async user => await requests.WithdrawAsync(id, user, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostPublishAsync(long id, CancellationToken cancellationToken)
    {
        if (settings.Store is not { } store)
        {
            Problem = "本服务读取的是规则目录而非发布库（Supervision:Rules），无法在此发布；请用 supervision rules publish --approval 发布到发布库。";
            return await ReloadAsync(id, cancellationToken);
        }

        return await ActAsync(id, "published", async user =>
        {
            var published = await changes.PublishAsync(id, user, store, archive, cancellationToken);
            ServiceLog.RuleChangePublished(logger, user, id, published.ContentHash);
        }, cancellationToken);
    }

    private async Task<IActionResult> ReviewAsync(long id, bool approve, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Comment) || Comment.Length > 2000)
        {
            Problem = "请填写审核意见（2000 字以内）。";
            return await ReloadAsync(id, cancellationToken);
        }

        return await ActAsync(id, approve ? "approved" : "rejected", async user =>
        {
            await requests.ReviewAsync(id, user, approve, Comment, cancellationToken);
            ServiceLog.RuleChangeReviewed(logger, user, approve ? "approved" : "rejected", id);
        }, cancellationToken);
    }

    private async Task<IActionResult> ActAsync(long id, string done, Func<string, Task> act, CancellationToken cancellationToken)
    {
        var user = User.Identity!.Name!;
        try
        {
            await act(user);
            return LocalRedirect($"/regulator/changes/{id}?done={done}");
        }
        catch (ChangeRequestRefusedException e)
        {
            ServiceLog.RuleChangeRefused(logger, user, id, e.Message);
            Problem = e.Message;
            return await ReloadAsync(id, cancellationToken);
        }
    }

    private async Task<IActionResult> ReloadAsync(long id, CancellationToken cancellationToken)
    {
        Change = await requests.GetAsync(id, cancellationToken);
        return Change is null ? NotFound() : Page();
    }
}
