using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;
using Supervision.Service.Security;
using Supervision.Storage.Accounts;

namespace Supervision.Service.Pages;

/// <summary>
/// 修改密码: anyone signed in changes their own password with the current one; after a one-time password this is the
/// only page open (<see cref="PasswordChangeGate"/>). The change ends the person's other sessions; this one is renewed.
/// </summary>
public sealed class PasswordModel(AccountStore accounts, ILogger<PasswordModel> logger) : PageModel
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    /// <summary>True while the password is a one-time password.</summary>
    public bool MustChange => User.HasClaim(c => c.Type == SessionClaims.MustChangePassword);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var name = User.Identity!.Name!;
        if (ModelState.IsValid && PasswordRules.Problem(Input.NewPassword, name) is { } problem)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.NewPassword)}", problem);
        }

        if (ModelState.IsValid && Input.NewPassword == Input.CurrentPassword)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.NewPassword)}", "新密码不能与当前密码相同");
        }

        var account = ModelState.IsValid ? await accounts.ChangePasswordAsync(name, Input.CurrentPassword, Input.NewPassword, cancellationToken) : null;
        if (ModelState.IsValid && account is null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.CurrentPassword)}", "当前密码不正确");
        }

        if (account is null)
        {
            // Passwords are never sent back into the page.
            Input = new PasswordInput();
            return Page();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, SessionClaims.For(account),
            new AuthenticationProperties { IsPersistent = false });
        ServiceLog.PasswordChanged(logger, name);
        return LocalRedirect("/");
    }
}
