using Supervision.Rules.Bundle;
using Supervision.Rules.Language;

namespace Supervision.Rules.Rulebook;

/// <summary>Part two: every indicator with its meaning, type, range, default and origin, and the computed variables.</summary>
internal static class IndicatorSection
{
    public static void Add(List<BookBlock> blocks, RuleBundle bundle, VariableCatalog catalog)
    {
        blocks.Add(new BookHeading(2, "二、评估指标"));
        blocks.Add(new BookParagraph("规则和决策表只能使用下列指标，以及评估过程中依次计算的变量。指标值取自数据文件，或按评估日由记录计算。"));
        blocks.Add(new BookTable(["指标", "含义", "类型", "取值范围", "缺省值", "数据来源或计算方法", "来源"],
            [.. bundle.Indicators.Select(i => (IReadOnlyList<string>)
            [
                i.Name, i.Description, IndicatorWords.Type(i.Type), IndicatorWords.Range(i), IndicatorWords.Default(i), IndicatorWords.Origin(i),
                RulebookBuilder.Source(i.Location),
            ])]));
        var m = bundle.Manifest;
        blocks.Add(new BookHeading(3, "评估过程中计算的变量"));
        blocks.Add(new BookTable(["变量", "含义", "取值", "得出方式"],
        [
            Row(catalog, VariableCatalog.SafetyScore, "0 至 100", "基础分加安全评估规则的加减分"),
            Row(catalog, VariableCatalog.CreditScore, "0 至 100", "基础分加信用评估规则的加减分"),
            Row(catalog, VariableCatalog.SafetyLevel, string.Join("、", m.SafetyLevels), RulebookBuilder.TableTitle(bundle, VariableCatalog.SafetyLevel) + "，或直接判定"),
            Row(catalog, VariableCatalog.CreditClass, string.Join("、", m.CreditClasses), RulebookBuilder.TableTitle(bundle, VariableCatalog.CreditClass) + "，或直接判定"),
            Row(catalog, VariableCatalog.Category, string.Join("、", m.Categories), RulebookBuilder.TableTitle(bundle, VariableCatalog.Category) + "，或监管方式规定"),
            Row(catalog, VariableCatalog.Regime, string.Join("、", [.. m.Regimes, BundleManifest.RoutineRegime]), "监管方式规则"),
        ]));
    }

    private static IReadOnlyList<string> Row(VariableCatalog catalog, string name, string values, string how)
        => [name, catalog.Find(name)?.Description ?? name, values, how];
}
