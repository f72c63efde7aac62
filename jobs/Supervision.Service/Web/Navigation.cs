using Supervision.Service.Security;

namespace Supervision.Service;

/// <summary>
/// The menu, declared once: each entry with the policy that opens its target, so the layout shows a person exactly the
/// pages their role may open (the policy decides, not the markup).
/// </summary>
public static class Navigation
{
    /// <summary>Every entry, in menu order; a null policy means any signed-in person.</summary>
    public static IReadOnlyList<NavigationItem> Items { get; } =
    [
        new("首页", "/", null),
        new("检查任务", "/tasks", AccessPolicies.Inspector),
        new("回避申请", "/recusals", AccessPolicies.Regulator),
        new("规则变更", "/regulator/changes", AccessPolicies.Regulator),
        new("抽查计划", "/regulator/plans", AccessPolicies.Regulator),
        new("抽取管理", "/regulator/draws", AccessPolicies.Regulator),
        new("抽签台", "/regulator/desk", AccessPolicies.Regulator),
        new("风险总览", "/analyst", AccessPolicies.Analyst),
        new("电子监察", "/discipline", AccessPolicies.Discipline),
        new("账户管理", "/admin/accounts", AccessPolicies.Admin),
        new("任务调度", ServiceHost.DashboardPath, AccessPolicies.Admin),
        new("公开信息", "/public", AccessPolicies.Everyone),
        new("修改密码", PasswordChangeGate.PasswordPath, null),
    ];
}
