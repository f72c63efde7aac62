using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;
using Supervision.Application.Bundles;
using Supervision.Storage.Changes;

namespace Supervision.Service.Pages.Regulator;

/// <summary>
/// 规则变更 (regulators only, by the /Regulator folder's policy): the change requests, newest first, and the form that
/// proposes a candidate bundle — the rules directory the CLI reads, as a zip. The proposal is checked at once (diagnostics,
/// rule and plan tests, coverage) and recorded under the signed-in regulator's account. Or a draft is started from the
/// bundle in force and edited in the browser (<see cref="DraftModel"/>); the signed-in regulator's drafts are listed.
/// </summary>
public sealed class ChangesModel(
    ChangeRequestStore requests, BundleChanges changes, BundleDrafts drafts, RuleChangeSettings settings, ILogger<ChangesModel> logger) : PageModel
{
    /// <summary>The largest upload accepted: a bundle is a few hundred kilobytes.</summary>
    public const long MaxUpload = 8L << 20;

    public IReadOnlyList<ChangeRequest> Requests { get; private set; } = [];

    /// <summary>The signed-in regulator's drafts, the last saved first.</summary>
    public IReadOnlyList<ChangeDraft> Drafts { get; private set; } = [];

    /// <summary>Why no draft was started.</summary>
    public string? DraftProblem { get; private set; }

    [BindProperty]
    public string Title { get; set; } = "";

    [BindProperty]
    public IFormFile? Bundle { get; set; }

    /// <summary>Why the proposal was not taken, shown above the form (what was typed is kept).</summary>
    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>The rules directory in force as a zip: where a change starts (edit, then propose it back).</summary>
    public IActionResult OnGetDownload() => File(CandidateArchive.Pack(settings.InForce), "application/zip", "rules-in-force.zip");

    [RequestSizeLimit(MaxUpload + (64 << 10))]
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Problem = Title.Trim().Length is 0 or > 200 ? "请填写变更说明（200 字以内）。"
            : Bundle is null || Bundle.Length == 0 ? "请选择规则包文件（把 rules 目录压缩成 .zip）。"
            : Bundle.Length > MaxUpload ? $"文件超过 {MaxUpload >> 20} MB：规则包通常只有几百 KB。"
            : null;
        if (Problem is null)
        {
            using var buffer = new MemoryStream();
            await Bundle!.CopyToAsync(buffer, cancellationToken);
            var user = User.Identity!.Name!;
            try
            {
                var id = await changes.ProposeAsync(Title, user, buffer.ToArray(), settings.InForce, cancellationToken);
                ServiceLog.RuleChangeProposed(logger, user, id);
                return LocalRedirect($"/regulator/changes/{id}");
            }
            catch (InvalidDataException e)
            {
                Problem = "无法读取上传的规则包：" + e.Message;
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Starts a draft from the bundle in force and opens it.</summary>
    public async Task<IActionResult> OnPostStartDraftAsync(CancellationToken cancellationToken)
    {
        var user = User.Identity!.Name!;
        try
        {
            var id = await drafts.StartAsync(user, settings.InForce, cancellationToken);
            ServiceLog.RuleChangeDraftStarted(logger, user, id);
            return LocalRedirect($"/regulator/drafts/{id}");
        }
        catch (ChangeRequestRefusedException e)
        {
            DraftProblem = e.Message;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Requests = await requests.ListAsync(cancellationToken);
        Drafts = await drafts.ListAsync(User.Identity!.Name!, cancellationToken);
    }

    public static string StatusWords(string status) => Supervision.Application.Reports.DisciplineWords.Status(status);
}
