using Supervision.Model.Indicators;
using Supervision.Rules.Bundle;
using Supervision.Rules.Diagnostics;
using Supervision.Rules.Language;

namespace Supervision.Rules.Lists;

/// <summary>
/// The names list rules read: one listing's facts on the as-of date. Fixed by the engine (documented in
/// docs/rule-language.md), not declared in indicators.yaml, because the engine computes every one of them.
/// </summary>
public static class ListVocabulary
{
    public const string Blacklist = "blacklist";
    public const string AbnormalOperation = "abnormal_operation";

    public const string List = "list";
    public const string ListedOn = "listed_on";
    public const string MonthsListed = "months_listed";
    public const string Escalated = "escalated";
    public const string Applied = "applied";
    public const string AppliedOn = "applied_on";
    public const string Decided = "decided";
    public const string DecidedOn = "decided_on";
    public const string MonthsListedAtApplication = "months_listed_at_application";
    public const string PenaltiesFulfilled = "penalties_fulfilled";
    public const string HarmRemoved = "harm_removed";
    public const string CommitmentSigned = "commitment_signed";
    public const string Corrected = "corrected";
    public const string NewPenalties = "new_penalties";

    /// <summary>The lists, as list rules and credit-records.csv's record_type name them.</summary>
    public static IReadOnlyList<string> Lists { get; } = [AbnormalOperation, Blacklist];

    /// <summary>Date variables an <c>on:</c> may name.</summary>
    public static IReadOnlyList<string> Dates { get; } = [ListedOn, AppliedOn, DecidedOn];

    /// <summary>Every name, with its type and meaning, in the order the docs list them.</summary>
    public static IReadOnlyList<IndicatorDefinition> Definitions { get; } =
    [
        Define(List, IndicatorType.Enum, "名单：abnormal_operation（经营异常名录）或 blacklist（严重违法失信名单）", values: Lists),
        Define(ListedOn, IndicatorType.Date, "列入日期"),
        Define(MonthsListed, IndicatorType.Integer, "列入日期至评估日已满月数", min: 0),
        Define(Escalated, IndicatorType.Boolean, "由经营异常名录届满三年转入严重违法失信名单", @default: "false"),
        Define(Applied, IndicatorType.Boolean, "评估日前已提出移出申请（信用修复或履行义务后申请移出）", @default: "false"),
        Define(AppliedOn, IndicatorType.Date, "申请日期（无申请时缺失）"),
        Define(Decided, IndicatorType.Boolean, "评估日前已对申请作出决定", @default: "false"),
        Define(DecidedOn, IndicatorType.Date, "决定日期（未决定时缺失）"),
        Define(MonthsListedAtApplication, IndicatorType.Integer, "申请时已列入满月数（无申请时缺失）", min: 0),
        Define(PenaltiesFulfilled, IndicatorType.Boolean, "已履行行政处罚决定规定的义务", @default: "false"),
        Define(HarmRemoved, IndicatorType.Boolean, "已主动消除危害后果和不良影响", @default: "false"),
        Define(CommitmentSigned, IndicatorType.Boolean, "已作出信用修复承诺", @default: "false"),
        Define(Corrected, IndicatorType.Boolean, "列入事由已纠正（补报年报、更正公示信息、可通过登记住所联系）", @default: "false"),
        Define(NewPenalties, IndicatorType.Integer, "列入后至决定日（未决定时至评估日）又受到的行政处罚次数", min: 0, @default: "0"),
    ];

    /// <summary>The catalog list rules are bound against: these names and nothing the enterprise's pipeline computes.</summary>
    public static VariableCatalog Catalog(BundleManifest manifest) => new(manifest, Definitions);

    private static IndicatorDefinition Define(string name, IndicatorType type, string description, IReadOnlyList<string>? values = null,
        double? min = null, string? @default = null)
        => new(name, type, values ?? [], min, null, @default, description, "(list lifecycle)", null, SourceLocation.FileOnly("(list lifecycle)"));
}
