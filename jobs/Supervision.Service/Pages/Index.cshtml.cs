using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Supervision.Service.Security;
using Supervision.Storage.Accounts;

namespace Supervision.Service.Pages;

/// <summary>首页: who is signed in, in which role, and the pages that role may open.</summary>
public sealed class IndexModel(IAuthorizationService authorization) : PageModel
{
    public string DisplayName { get; private set; } = "";

    public string RoleName { get; private set; } = "";

    public string RoleDuty { get; private set; } = "";

    public string? InspectorId { get; private set; }

    /// <summary>The menu entries this person may open, the home page itself left out.</summary>
    public IReadOnlyList<NavigationItem> Destinations { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var role = User.FindFirst(ClaimTypes.Role)?.Value ?? "";
        DisplayName = User.FindFirst(SessionClaims.DisplayName)?.Value ?? User.Identity?.Name ?? "";
        RoleName = AccountRoles.DisplayName(role);
        InspectorId = User.FindFirst(SessionClaims.InspectorId)?.Value;
        RoleDuty = role switch
        {
            AccountRoles.Regulator => "制定检查事项、抽查计划和评估规则，查看抽取与检查结果。",
            AccountRoles.Inspector => "接收抽取到本人的检查任务，录入检查结果，必要时申请回避。",
            AccountRoles.Analyst => "查看评估结果与统计分析。",
            AccountRoles.Admin => "管理账户，查看夜间任务调度。",
            AccountRoles.Discipline => "查看电子监察报告：逾期未检查、逾期公示、作废的抽取、超工作量上限、回避和规则变更。",
            _ => "",
        };
        var destinations = new List<NavigationItem>();
        foreach (var item in Navigation.Items.Where(i => i.Path != "/"))
        {
            if (item.Policy is null || (await authorization.AuthorizeAsync(User, item.Policy)).Succeeded)
            {
                destinations.Add(item);
            }
        }

        Destinations = destinations;
    }
}
