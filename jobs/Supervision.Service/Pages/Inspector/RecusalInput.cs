using System.ComponentModel.DataAnnotations;
using Supervision.Storage.Tasks;

namespace Supervision.Service.Pages.Inspector;

/// <summary>The form declaring a conflict of interest (回避申请).</summary>
public sealed class RecusalInput
{
    [Required(ErrorMessage = "请选择回避情形")]
    [Display(Name = "回避情形")]
    public string Ground { get; set; } = "";

    [Required(ErrorMessage = "请填写回避理由")]
    [StringLength(RecusalRules.MaxReasonLength, ErrorMessage = "回避理由不能超过 {1} 个字")]
    [Display(Name = "回避理由")]
    public string Reason { get; set; } = "";
}
