using Supervision.Rules.Diagnostics;

namespace Supervision.Rules.Tolerance;

/// <summary>
/// Decides findings with a compiled tolerance list: inserts the findings into one NRules session, fires the
/// generated rules, then resolves each finding's proposals. Precedence (docs/tolerance-and-results.md): an exclusion
/// bars its row whatever the conditions; among the rows left, 不予处罚 before 减轻 before 从轻, 应当 before 可以,
/// then item number. No row left: the ordinary procedure (依法处罚), with each row's exclusions and unmet conditions.
/// </summary>
public sealed class ToleranceDecider(CompiledToleranceList compiled)
{
    /// <summary>Loads and compiles the list under a rules directory; null (with diagnostics) when it has errors.</summary>
    public static ToleranceDecider? Load(string rulesDirectory, DiagnosticBag diagnostics)
        => ToleranceListLoader.Load(rulesDirectory, diagnostics) is { } list ? new ToleranceDecider(ToleranceCompiler.Compile(list)) : null;

    public ToleranceList List => compiled.List;

    /// <param name="findings">Findings to decide.</param>
    /// <param name="pending">Findings whose rectification deadline has not passed and that are not corrected yet.</param>
    public IReadOnlyList<ToleranceDecision> Decide(IReadOnlyList<FindingFact> findings, IReadOnlySet<string> pending)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(pending);
        var session = compiled.Factory.CreateSession();
        session.InsertAll(findings);
        session.Fire();
        var proposals = session.Query<ToleranceProposal>().ToLookup(p => p.FindingId, StringComparer.Ordinal);
        var bars = session.Query<ToleranceBar>().ToLookup(b => b.FindingId, StringComparer.Ordinal);
        return [.. findings.Select(f => Resolve(f, proposals[f.FindingId].ToList(), bars[f.FindingId].ToList(), pending.Contains(f.FindingId)))];
    }

    private ToleranceDecision Resolve(FindingFact finding, List<ToleranceProposal> proposals, List<ToleranceBar> bars, bool pending)
    {
        var fired = proposals.Select(p => p.ItemNo).Concat(bars.Select(b => $"{b.ItemNo}!{b.Reason}")).Order(StringComparer.Ordinal).ToList();
        var rows = compiled.Rows.Where(r => r.Scope.All(s => s.Holds(finding))).ToList();
        var chosen = rows
            .Where(r => proposals.Exists(p => p.ItemNo == r.Item.ItemNo) && !bars.Exists(b => b.ItemNo == r.Item.ItemNo))
            .OrderBy(r => r.Item.Outcome).ThenByDescending(r => r.Item.Mandatory).ThenBy(r => r.Item.ItemNo, StringComparer.Ordinal)
            .FirstOrDefault();
        var basis = rows.Select(r => r.Item.PenaltyBasis).FirstOrDefault() ?? "";
        if (pending)
        {
            return new ToleranceDecision(finding.FindingId, ToleranceOutcome.Pending, null, "",
                "责令改正期限尚未届满，是否及时改正尚不能认定；期满后再作决定。", basis, "", "", "", true, fired);
        }

        if (chosen is null)
        {
            var reason = rows.Count == 0
                ? $"{finding.ViolationCode} 不在包容免罚清单内（或不属于本部门、本行业、有效期内的清单事项），依法处罚。"
                : "不适用包容免罚清单，依法处罚：" + string.Join("；", rows.Select(r => WhyNot(r, finding, bars))) + "。";
            return new ToleranceDecision(finding.FindingId, ToleranceOutcome.Penalty, null, "", reason, basis, "", "", "", true, fired);
        }

        var item = chosen.Item;
        var met = string.Join("；", chosen.Conditions.Select(c => c.Explain(finding)));
        var because = met.Length == 0 ? "" : $"：{met}；";
        return new ToleranceDecision(finding.FindingId, item.Outcome, item.ItemNo, item.Modality,
            $"属于包容免罚清单第 {item.ItemNo} 项（{item.Violation}）{because}{item.Modality}{ToleranceWords.Of(item.Outcome)}。",
            item.PenaltyBasis, item.ExemptionBasis, item.Education, item.FollowUp, item.CountsAsViolation, fired);
    }

    private static string WhyNot(ToleranceChecks row, FindingFact finding, List<ToleranceBar> bars)
    {
        var barred = bars.Where(b => b.ItemNo == row.Item.ItemNo).Select(b => b.Reason).ToList();
        if (barred.Count > 0)
        {
            return $"第 {row.Item.ItemNo} 项排除适用（{string.Join("、", barred)}）";
        }

        var unmet = row.Conditions.Where(c => !c.Holds(finding)).Select(c => c.ExplainUnmet(finding));
        return $"第 {row.Item.ItemNo} 项{string.Join("、", unmet)}";
    }
}
