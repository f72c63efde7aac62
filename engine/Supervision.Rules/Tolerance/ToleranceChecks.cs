using System.Globalization;

namespace Supervision.Rules.Tolerance;

/// <summary>
/// The checks of one list row, built from its cells: scope (violation, department, industries, validity on the
/// inspection date), conditions (first violation, harm, correction timing, threshold) and exclusions. The same
/// expressions become the NRules conditions and explain, one by one, why a row did not apply.
/// </summary>
public sealed record ToleranceChecks(
    ToleranceItem Item, IReadOnlyList<ToleranceCheck> Scope, IReadOnlyList<ToleranceCheck> Conditions, IReadOnlyList<ToleranceCheck> Exclusions)
{
    public static ToleranceChecks For(ToleranceItem item, ToleranceList list)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(list);
        return new ToleranceChecks(item, ScopeOf(item), ConditionsOf(item), [.. item.Exclusions.Select(e => Exclusion(e, list))]);
    }

    private static List<ToleranceCheck> ScopeOf(ToleranceItem item)
    {
        var code = item.ViolationCode;
        var department = item.Department;
        var scope = new List<ToleranceCheck>
        {
            new($"违法行为为 {code}", f => f.ViolationCode == code),
            new($"检查部门为 {department}", f => f.Department == department),
        };
        if (item.Industries.Count > 0)
        {
            var prefixes = item.Industries.ToArray();
            scope.Add(new($"行业属于 {string.Join("、", prefixes)}", f => prefixes.Any(p => f.IndustryCode.StartsWith(p, StringComparison.Ordinal))));
        }

        if (!item.Validity.IsAlways)
        {
            var (from, to) = item.Validity.DayRange;
            scope.Add(new($"检查日期在清单有效期内（{item.Validity}）", f => f.InspectionDay >= from && f.InspectionDay <= to));
        }

        return scope;
    }

    private static List<ToleranceCheck> ConditionsOf(ToleranceItem item)
    {
        var conditions = new List<ToleranceCheck>();
        if (item.FirstViolation)
        {
            conditions.Add(new($"初次违法（{item.LookBackMonths}个月内同一部门未发现同一违法行为）", f => f.FirstViolation,
                f => f.PreviousViolation is { } d ? $"{d:yyyy-MM-dd}已发现同一违法行为" : "初次违法"));
        }

        if (item.MaxHarm is { } max)
        {
            conditions.Add(new(max == HarmLevel.None ? "没有造成危害后果" : "危害后果轻微", f => f.Harm <= max, f => ToleranceWords.Of(f.Harm), true));
        }

        if (item.Corrected.Count > 0)
        {
            var timings = item.Corrected.ToArray();
            conditions.Add(new($"及时改正（{string.Join("、", timings.Select(ToleranceWords.Of))}）", f => timings.Contains(f.Timing), f => ToleranceWords.Of(f.Timing), true));
        }

        if (item.QuantityMax is { } limit)
        {
            var words = $"{item.QuantityUnit} ≤ {limit.ToString(CultureInfo.InvariantCulture)}";
            conditions.Add(new(words, f => f.Quantity != null && f.Quantity <= limit,
                f => f.Quantity is { } q ? $"{item.QuantityUnit} {q.ToString(CultureInfo.InvariantCulture)}" : "未记录"));
        }

        return conditions;
    }

    private static ToleranceCheck Exclusion(ExclusionSpec exclusion, ToleranceList list)
    {
        var years = list.Settings.FatalAccidentYears;
        switch (exclusion.Kind)
        {
            case ExclusionKind.Blacklisted:
                return new("列入严重违法失信名单", f => f.Blacklisted);
            case ExclusionKind.FatalAccident:
                return new($"近{years}年内发生造成人员死亡的生产安全事故", f => f.FatalAccidents > 0);
            case ExclusionKind.MultipleViolations:
                return new("同一次检查发现两项及以上违法行为", f => f.ViolationsInInspection >= 2);
            default:
                var sector = list.Sector(exclusion.Sector!)!;
                return new($"属于{sector.Name}领域", f => sector.Contains(f.IndustryCode, f.ViolationCode));
        }
    }
}
