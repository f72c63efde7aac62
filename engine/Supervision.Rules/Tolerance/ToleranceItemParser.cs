using Supervision.Rules.Bundle;

namespace Supervision.Rules.Tolerance;

/// <summary>Turns the cells of one list row into a <see cref="ToleranceItem"/>, checking it against 行政处罚法 Art. 33.</summary>
internal static class ToleranceItemParser
{
    private static readonly Dictionary<string, bool> Modalities = new(StringComparer.Ordinal) { ["应当"] = true, ["可以"] = false };

    private static readonly Dictionary<string, HarmLevel> Harms = new(StringComparer.Ordinal)
    {
        ["none"] = HarmLevel.None,
        ["slight"] = HarmLevel.Slight,
    };

    private static readonly Dictionary<string, CorrectionTiming> Timings = new(StringComparer.Ordinal)
    {
        ["before_discovery"] = CorrectionTiming.BeforeDiscovery,
        ["before_decision"] = CorrectionTiming.BeforeDecision,
        ["within_deadline"] = CorrectionTiming.WithinDeadline,
    };

    private static readonly Dictionary<string, ExclusionKind> Exclusions = new(StringComparer.Ordinal)
    {
        ["blacklisted"] = ExclusionKind.Blacklisted,
        ["fatal_accident"] = ExclusionKind.FatalAccident,
        ["multiple_violations"] = ExclusionKind.MultipleViolations,
    };

    public static ToleranceItem? Parse(ToleranceCells row, ToleranceSettings settings)
    {
        var itemNo = row.Required("item_no");
        var code = row.Required("violation_code");
        var violation = row.Required("violation");
        var department = row.Required("department");
        var penaltyBasis = row.Required("penalty_basis");
        var exemptionBasis = row.Required("exemption_basis");
        var education = row.Required("education");
        var outcome = row.Choice("outcome", ToleranceWords.Outcomes, allowNone: false);
        var mandatory = row.Choice("mandatory", Modalities, allowNone: false);
        var first = row.Boolean("first_violation");
        var harm = row.Choice("max_harm", Harms, allowNone: true);
        var corrected = new List<CorrectionTiming>();
        foreach (var timing in row.List("corrected"))
        {
            if (Timings.TryGetValue(timing, out var t))
            {
                corrected.Add(t);
            }
            else
            {
                row.Error("SV306", "corrected", $"'{timing}' is not a correction timing: {string.Join(", ", Timings.Keys)} (separated by ';'), or -");
            }
        }

        var quantityMax = row.Decimal("quantity_max");
        if (quantityMax is not null && row.Text("quantity_unit").Length == 0)
        {
            row.Error("SV304", "quantity_unit", "a threshold needs a unit saying what it counts, e.g. 人（涉及人员）");
        }

        var exclusions = ParseExclusions(row, settings);
        var validity = ValidityReader.Read(row.Text("valid_from"), row.At("valid_from"), row.Text("valid_to"), row.At("valid_to"), row.Diagnostics);
        var item = new ToleranceItem(itemNo, code, violation, department, penaltyBasis, exemptionBasis, outcome ?? default, mandatory ?? false,
            first, harm, corrected, quantityMax, row.Text("quantity_unit"), settings.LookBackMonths, exclusions, education, row.Text("follow_up"),
            row.Boolean("counts_as_violation"), row.List("industries"), validity, row.At("item_no"));
        CheckArticle33(row, item);
        return row.Ok ? item : null;
    }

    private static List<ExclusionSpec> ParseExclusions(ToleranceCells row, ToleranceSettings settings)
    {
        var exclusions = new List<ExclusionSpec>();
        foreach (var text in row.List("exclusions"))
        {
            if (Exclusions.TryGetValue(text, out var kind))
            {
                exclusions.Add(new ExclusionSpec(kind, null));
            }
            else if (text.StartsWith("sector:", StringComparison.Ordinal) && settings.Sectors.Any(s => s.Name == text[7..]))
            {
                exclusions.Add(new ExclusionSpec(ExclusionKind.Sector, text[7..]));
            }
            else
            {
                var sectors = string.Join(", ", settings.Sectors.Select(s => "sector:" + s.Name));
                row.Error("SV308", "exclusions", $"unknown exclusion '{text}'; exclusions are blacklisted, fatal_accident, multiple_violations, {sectors}");
            }
        }

        if (!exclusions.Exists(e => e.Kind == ExclusionKind.Blacklisted))
        {
            // While an enterprise is on the serious-dishonesty list the tolerance list does not apply (domain.md, implication 13).
            row.Error("SV309", "exclusions", "every row must exclude blacklisted enterprises (严重违法失信名单内的不适用包容免罚)");
        }

        return exclusions;
    }

    private static void CheckArticle33(ToleranceCells row, ToleranceItem item)
    {
        if (item.Outcome != ToleranceOutcome.NoPenalty)
        {
            return;
        }

        // Art. 33(1): no penalty needs prompt correction; 应当 (minor) also needs no harm, 可以 (first violation) slight harm at most.
        if (item.Corrected.Count == 0)
        {
            row.Error("SV310", "corrected", "不予处罚 requires prompt correction (行政处罚法第三十三条第一款): list the accepted timings");
        }

        if (item.Mandatory && item.MaxHarm != HarmLevel.None)
        {
            row.Error("SV310", "max_harm", "应当不予处罚 requires no harmful consequence (行政处罚法第三十三条第一款): max_harm must be none");
        }
        else if (!item.Mandatory && (item.MaxHarm is null || !item.FirstViolation))
        {
            row.Error("SV310", item.FirstViolation ? "max_harm" : "first_violation",
                "可以不予处罚 requires a first violation with slight harm (行政处罚法第三十三条第一款): set first_violation true and max_harm slight or none");
        }
    }
}
