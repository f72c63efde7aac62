namespace Supervision.Storage.Tasks;

/// <summary>What a declaration of a conflict of interest must hold, checked before it is stored (the table checks it again).</summary>
public static class RecusalRules
{
    /// <summary>The longest reason kept (characters): enough to explain, short enough for a list on a phone.</summary>
    public const int MaxReasonLength = 500;

    /// <summary>Why the reason cannot be stored (Chinese, to show beside the field), or null when it can.</summary>
    public static string? ReasonProblem(string? reason)
        => string.IsNullOrWhiteSpace(reason) ? "请填写回避理由"
            : reason.Trim().Length > MaxReasonLength ? $"回避理由不能超过 {MaxReasonLength} 个字"
            : null;
}
