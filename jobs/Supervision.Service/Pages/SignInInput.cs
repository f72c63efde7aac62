using System.ComponentModel.DataAnnotations;

namespace Supervision.Service.Pages;

/// <summary>The sign-in form.</summary>
public sealed class SignInInput
{
    [Required(ErrorMessage = "请输入用户名")]
    [StringLength(64, ErrorMessage = "用户名不超过 64 个字符")]
    [Display(Name = "用户名")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "请输入密码")]
    [StringLength(256, ErrorMessage = "密码不超过 256 个字符")]
    [DataType(DataType.Password)]
    [Display(Name = "密码")]
    public string Password { get; set; } = "";
}
