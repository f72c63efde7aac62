namespace Supervision.Rules.Tolerance;

/// <summary>The Chinese words of outcomes, harm levels and correction timings, as lists and notices print them.</summary>
public static class ToleranceWords
{
    public static readonly IReadOnlyDictionary<string, ToleranceOutcome> Outcomes = new Dictionary<string, ToleranceOutcome>(StringComparer.Ordinal)
    {
        ["不予处罚"] = ToleranceOutcome.NoPenalty,
        ["减轻处罚"] = ToleranceOutcome.MitigatedPenalty,
        ["从轻处罚"] = ToleranceOutcome.LighterPenalty,
    };

    public static string Of(ToleranceOutcome outcome) => outcome switch
    {
        ToleranceOutcome.NoPenalty => "不予处罚",
        ToleranceOutcome.MitigatedPenalty => "减轻处罚",
        ToleranceOutcome.LighterPenalty => "从轻处罚",
        ToleranceOutcome.Penalty => "依法处罚",
        _ => "待整改期满后决定",
    };

    public static string Of(HarmLevel harm) => harm switch
    {
        HarmLevel.None => "没有造成危害后果",
        HarmLevel.Slight => "危害后果轻微",
        _ => "危害后果较重",
    };

    public static string Of(CorrectionTiming timing) => timing switch
    {
        CorrectionTiming.BeforeDiscovery => "被发现前已主动改正",
        CorrectionTiming.BeforeDecision => "立案后、作出决定前改正",
        CorrectionTiming.WithinDeadline => "在责令改正期限内改正",
        CorrectionTiming.Late => "逾期改正",
        _ => "未改正",
    };
}
