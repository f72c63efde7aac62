using Microsoft.AspNetCore.Mvc.RazorPages;
using Supervision.Storage.Accounts;

namespace Supervision.Service.Pages.Admin;

/// <summary>
/// 账户管理 (admin only, by the /Admin folder's policy): every account with its role and state. Accounts are made,
/// disabled and reset with `supervision users` on the server, where the admin's actions are audited.
/// </summary>
public sealed class AccountsModel(AccountStore accounts, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Account> Accounts { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        Accounts = await accounts.ListAsync(cancellationToken);
    }

    /// <summary>The account's state in words.</summary>
    public string State(Account account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return account.Disabled ? "已停用"
            : account.IsLockedOut(Now) ? $"锁定至 {Shanghai.Format(account.LockoutEnd!.Value)}"
            : account.MustChangePassword ? "待修改一次性密码"
            : "正常";
    }
}
