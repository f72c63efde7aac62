namespace Supervision.Draws.Drawing;

/// <summary>A case lead that makes an inspection case-driven (投诉举报、大数据预警、转办交办): it bypasses caps and regimes.</summary>
/// <param name="Uscc">The enterprise.</param>
/// <param name="Date">When it was received.</param>
/// <param name="Kind">complaint, alert, referral or assignment.</param>
/// <param name="Reference">Case or hotline number.</param>
public sealed record TriggerRecord(string Uscc, DateOnly Date, string Kind, string Reference);
