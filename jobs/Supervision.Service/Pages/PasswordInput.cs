using System.ComponentModel.DataAnnotations;

namespace Supervision.Service.Pages;

/// <summary>The password form.</summary>
public sealed class PasswordInput
{
    [Required(ErrorMessage = "请输入当前密码")]
    [DataType(DataType.Password)]
    [Display(Name = "当前密码")]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "请输入新密码")]
    [DataType(DataType.Password)]
    [Display(Name = "新密码")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "请再次输入新密码")]
    [Compare(nameof(NewPassword), ErrorMessage = "两次输入的新密码不一致")]
    [DataType(DataType.Password)]
    [Display(Name = "确认新密码")]
    public string ConfirmPassword { get; set; } = "";
}
