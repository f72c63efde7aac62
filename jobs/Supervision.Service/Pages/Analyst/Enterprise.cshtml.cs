using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Supervision.Application.Reports;

namespace Supervision.Service.Pages.Analyst;

/// <summary>
/// 企业风险档案: one enterprise across the stored nights — its assessments with the rules that fired and their legal
/// basis, its draws and inspections with why each drew it and what was found, its learned risk where a model is in use,
/// and on request the full explanation and why-not, the same text as <c>supervision explain</c>.
/// </summary>
public sealed class EnterpriseModel(RiskReports reports) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Uscc { get; set; } = "";

    /// <summary>True to compute the full explanation (reads the whole population: a button, not every view).</summary>
    [BindProperty(SupportsGet = true)] public bool Explain { get; set; }

    /// <summary>A category, level or regime to explain the absence of (why not).</summary>
    [BindProperty(SupportsGet = true, Name = "whynot")] public string? WhyNot { get; set; }

    /// <summary>True to read the enterprise's inspection history from the data directory (the whole file: a link, not every view).</summary>
    [BindProperty(SupportsGet = true)] public bool History { get; set; }

    public EnterpriseReport? Report { get; private set; }

    /// <summary>The inspection history when asked for, newest first.</summary>
    public IReadOnlyList<Supervision.Model.Registry.InspectionRecord>? Inspections { get; private set; }

    public LearnedRiskEntry? Learned { get; private set; }

    public string? Explanation { get; private set; }

    public string? ExplanationProblem { get; private set; }

    public ReportVocabulary Vocabulary => reports.Vocabulary;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Uscc = Uscc.Trim().ToUpperInvariant();
        if (!Model.Registry.Uscc.IsValid(Uscc))
        {
            return NotFound();
        }

        Report = await reports.EnterpriseAsync(Uscc, cancellationToken);
        if (Report.History.Count == 0 && Report.Tasks.Count == 0)
        {
            return NotFound();
        }

        Learned = reports.LearnedRisk(Uscc);
        if (History)
        {
            Inspections = reports.InspectionHistory(Uscc);
        }

        if (Explain && Report.History.Count > 0)
        {
            var target = string.IsNullOrWhiteSpace(WhyNot) ? null : WhyNot.Trim();
            ExplanationProblem = target is null ? null : reports.CheckWhyNot(target);
            if (ExplanationProblem is null)
            {
                Explanation = reports.Explain(Uscc, Report.History[0].Run.AsOf, target)
                    ?? "现行数据的企业名录中没有该企业（可能已注销或本批次后被移出），无法重新计算解释。";
            }
        }

        return Page();
    }
}
