using Supervision.Model.Indicators;
using Supervision.Rules.Bundle;

namespace Supervision.Rules.Rulebook;

/// <summary>An indicator's type, range, default and origin in plain words.</summary>
internal static class IndicatorWords
{
    public static string Type(IndicatorType type) => type switch
    {
        IndicatorType.Number => "数值",
        IndicatorType.Integer => "整数",
        IndicatorType.Boolean => "是/否",
        IndicatorType.Date => "日期",
        IndicatorType.Enum => "枚举",
        _ => "文本",
    };

    public static string Range(IndicatorDefinition indicator) => indicator.Type switch
    {
        IndicatorType.Enum => string.Join("、", indicator.Values),
        IndicatorType.Boolean => "是、否",
        IndicatorType.Number or IndicatorType.Integer => (indicator.Min, indicator.Max) switch
        {
            ({ } min, { } max) => $"{Number(min)} 至 {Number(max)}",
            ({ } min, null) => $"{Number(min)} 及以上",
            (null, { } max) => $"{Number(max)} 及以下",
            _ => "不限",
        },
        _ => "不限",
    };

    public static string Default(IndicatorDefinition indicator) => indicator.Default switch
    {
        null => "无（数据缺失时该企业评估报错）",
        "true" when indicator.Type == IndicatorType.Boolean => "是",
        "false" when indicator.Type == IndicatorType.Boolean => "否",
        var value => value,
    };

    public static string Origin(IndicatorDefinition indicator)
    {
        if (indicator.Derive is not { } derive)
        {
            return indicator.Source switch
            {
                "enterprises.csv" => $"企业登记信息（enterprises.csv）的 {indicator.Name} 字段",
                "safety-indicators.csv" => $"安全生产指标表（safety-indicators.csv）的 {indicator.Name} 列",
                "learned-risk.csv" => $"机器学习违法风险预测（learned-risk.csv，由 supervision ml score 生成）的 {indicator.Name} 列",
                var source => $"{source} 的 {indicator.Name}",
            };
        }

        var record = RecordType(derive.RecordType);
        var window = derive.Months is { } m ? $"评估日前 {m} 个月内" : "";
        var text = (derive.From, derive.Operation) switch
        {
            ("inspections.csv", "count") => $"{window}接受检查的次数",
            (_, "count_violations") => $"{window}检查发现违法的次数",
            (_, "count") => $"{window}新增的{record}记录条数",
            (_, "sum_amount") => $"{window}新增的{record}记录金额合计",
            (_, "active") => $"评估日是否存在有效的{record}记录",
            (_, "months_active") => $"最早一条仍有效的{record}记录至评估日的整月数",
            (_, "latest_grade") => $"评估日前最近一次{record}的等级",
            _ => $"{derive.Operation}（{record}）",
        };
        return $"{text}（由 {derive.From} 计算）";
    }

    private static string RecordType(string? type) => type switch
    {
        "penalty" => "行政处罚",
        "abnormal_operation" => "经营异常名录",
        "blacklist" => "严重违法失信名单",
        "tax_grade" => "纳税信用评价",
        "public_credit" => "公共信用综合评价",
        _ => type ?? "",
    };

    private static string Number(double value) => ConditionWriter.Number(value);
}
