using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Supervision.Service.Pages.Public;

/// <summary>公开信息: the public pages' entrance (三公开), with the search box; no sign-in.</summary>
[AllowAnonymous]
public sealed class IndexModel : PageModel
{
}
