using Supervision.Model.Indicators;
using Supervision.Rules.Bundle;
using Supervision.Rules.Diagnostics;
using Supervision.Rules.Language;

namespace Supervision.Rules.Alerts;

/// <summary>
/// The names alert rules read: one enterprise's night, compared with its previous assessment. Fixed by the engine
/// (documented in docs/rule-language.md), not declared in indicators.yaml, because the engine computes every one of them.
/// "New" means dated after the previous assessment's as-of date, or in the last <see cref="FirstNightDays"/> days when
/// the enterprise has none.
/// </summary>
public static class AlertVocabulary
{
    /// <summary>How far back "new" reaches when an enterprise has no previous assessment.</summary>
    public const int FirstNightDays = 30;

    public const string Category = "category";
    public const string PreviousCategory = "previous_category";
    public const string AssessedBefore = "assessed_before";
    public const string CategoryRise = "category_rise";
    public const string SafetyScore = "safety_score";
    public const string PreviousSafetyScore = "previous_safety_score";
    public const string SafetyScoreFall = "safety_score_fall";
    public const string CreditScore = "credit_score";
    public const string PreviousCreditScore = "previous_credit_score";
    public const string CreditScoreFall = "credit_score_fall";
    public const string Regime = "regime";
    public const string NewViolations = "new_violations";
    public const string NewPenalties = "new_penalties";
    public const string NewPenaltyMaxAmount = "new_penalty_max_amount";
    public const string Complaints30d = "complaints_30d";
    public const string Complaints90d = "complaints_90d";
    public const string VerifiedComplaints90d = "verified_complaints_90d";
    public const string NewFalseCommitments = "new_false_commitments";

    /// <summary>The kinds of alert a rule may raise (<c>alert:</c>), each with its Chinese name.</summary>
    public static IReadOnlyDictionary<string, string> Kinds { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["category_rose"] = "监管类别上升",
        ["safety_fell"] = "安全评分下降",
        ["credit_fell"] = "信用评分下降",
        ["serious_violation"] = "新发现严重违法行为",
        ["repeated_complaints"] = "投诉举报集中",
        ["verification_failed"] = "核查发现承诺不实",
    };

    /// <summary>Alert levels (<c>level:</c>), most urgent first, with their Chinese names.</summary>
    public static IReadOnlyDictionary<string, string> Levels { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["red"] = "红色预警",
        ["orange"] = "橙色预警",
        ["yellow"] = "黄色预警",
    };

    /// <summary>The levels, most urgent first.</summary>
    public static IReadOnlyList<string> LevelsByUrgency { get; } = ["red", "orange", "yellow"];

    /// <summary>Every name, with its type and meaning, in the order the docs list them.</summary>
    public static IReadOnlyList<IndicatorDefinition> Definitions(BundleManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return
        [
            Define(Category, IndicatorType.Enum, "本次评估的监管类别", values: manifest.Categories),
            Define(PreviousCategory, IndicatorType.Enum, "上次评估的监管类别（无上次评估时缺失）", values: manifest.Categories),
            Define(AssessedBefore, IndicatorType.Boolean, "有上次评估", @default: "false"),
            Define(CategoryRise, IndicatorType.Integer, "监管类别较上次评估向从严方向上升的档数（下降为负，无上次评估为0）", @default: "0"),
            Define(SafetyScore, IndicatorType.Number, "本次安全评分"),
            Define(PreviousSafetyScore, IndicatorType.Number, "上次安全评分（无上次评估时缺失）"),
            Define(SafetyScoreFall, IndicatorType.Number, "安全评分较上次下降的分数（上升为负，无上次评估为0）", @default: "0"),
            Define(CreditScore, IndicatorType.Number, "本次信用评分"),
            Define(PreviousCreditScore, IndicatorType.Number, "上次信用评分（无上次评估时缺失）"),
            Define(CreditScoreFall, IndicatorType.Number, "信用评分较上次下降的分数（上升为负，无上次评估为0）", @default: "0"),
            Define(Regime, IndicatorType.Enum, "本次评估的监管方式", values: ["routine", .. manifest.Regimes]),
            Define(NewViolations, IndicatorType.Integer, "上次评估后新增的发现违法的检查次数", min: 0, @default: "0"),
            Define(NewPenalties, IndicatorType.Integer, "上次评估后新增的行政处罚次数", min: 0, @default: "0"),
            Define(NewPenaltyMaxAmount, IndicatorType.Number, "上次评估后新增行政处罚中最高的罚没金额（元）", min: 0, @default: "0"),
            Define(Complaints30d, IndicatorType.Integer, "近30日受理的投诉举报件数", min: 0, @default: "0"),
            Define(Complaints90d, IndicatorType.Integer, "近90日受理的投诉举报件数", min: 0, @default: "0"),
            Define(VerifiedComplaints90d, IndicatorType.Integer, "近90日查证属实的投诉举报件数", min: 0, @default: "0"),
            Define(NewFalseCommitments, IndicatorType.Integer, "上次评估后核查发现告知承诺不实的审批件数", min: 0, @default: "0"),
        ];
    }

    /// <summary>The catalog alert rules are bound against: these names and nothing the enterprise's pipeline computes.</summary>
    public static VariableCatalog Catalog(BundleManifest manifest) => new(manifest, Definitions(manifest));

    private static IndicatorDefinition Define(string name, IndicatorType type, string description, IReadOnlyList<string>? values = null,
        double? min = null, string? @default = null)
        => new(name, type, values ?? [], min, null, @default, description, "(night alerts)", null, SourceLocation.FileOnly("(night alerts)"));
}
