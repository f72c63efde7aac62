using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Supervision.Service.Pages;

/// <summary>
/// 出错了: what the browser sees instead of a stack trace or a blank status — a sentence in Chinese and the request id,
/// which the service's log line of the failure carries too. Re-executed for any method, so it takes no antiforgery token.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public string Message { get; private set; } = "";

    public string RequestId { get; private set; } = "";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        Code = code ?? (Response.StatusCode >= 400 ? Response.StatusCode : StatusCodes.Status500InternalServerError);
        Response.StatusCode = Code;
        RequestId = HttpContext.TraceIdentifier;
        Message = Code switch
        {
            StatusCodes.Status400BadRequest => "请求无效。",
            StatusCodes.Status403Forbidden => "请求被拒绝：页面可能已过期，请返回上一页刷新后重试。",
            StatusCodes.Status404NotFound => "页面不存在。",
            StatusCodes.Status405MethodNotAllowed => "不支持此操作。",
            StatusCodes.Status429TooManyRequests => "请求过于频繁，请稍后再试。",
            _ => "系统暂时无法处理您的请求，已记录此错误。请稍后再试；如果问题持续，请将下面的请求编号告知系统管理员。",
        };
    }
}
