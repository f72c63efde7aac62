namespace Supervision.Draws.Plans;

/// <summary>An inspection plan (抽查计划) as a regulator wrote it in rules/plans/.</summary>
/// <param name="Id">Stable id; part of every lottery message.</param>
/// <param name="Title">Title for notices.</param>
/// <param name="Departments">Departments; the first initiates and draws the enterprises, each draws its own inspectors.</param>
/// <param name="Scope">Enterprises covered.</param>
/// <param name="PeriodFrom">First day inspections may take place.</param>
/// <param name="PeriodTo">Last day inspections may take place.</param>
/// <param name="WindowWorkingDays">Length of each task's random inspection window, in working days.</param>
/// <param name="Items">The inspection-item list.</param>
/// <param name="GeneralItemsPerTask">General items drawn per task (key items are always included).</param>
/// <param name="RatioOverrides">Ratios replacing the assessment's ratio per category, as exact decimals.</param>
/// <param name="VerificationShare">Share of the lowest-risk category drawn as a verification sample (at least 1).</param>
/// <param name="CapPerDepartmentPerYear">Routine inspections of one enterprise by one department per calendar year.</param>
/// <param name="CapTotalPerYear">Routine inspections of one enterprise by all departments per calendar year.</param>
/// <param name="TriggerWindowDays">A trigger (complaint, alert, referral) dated within this many days before the as-of date makes the enterprise a case-driven task.</param>
/// <param name="TeamSize">Inspectors per task and department; at least 2 (行政处罚法 Art. 42).</param>
/// <param name="MaxTasksPerInspector">Workload ceiling per inspector within one draw.</param>
/// <param name="LeadCertifications">Fields (e.g. 危险化学品) the team's first member must be certified for; empty = none.</param>
/// <param name="PublicationWorkingDays">Results are due this many working days after the window ends.</param>
/// <param name="Schedule">Cron expression (Asia/Shanghai) of the nightly job that runs this plan.</param>
/// <param name="File">File the plan came from.</param>
/// <param name="ContentHash">SHA-256 of that file, recorded in every draw.</param>
public sealed record InspectionPlan(
    string Id,
    string Title,
    IReadOnlyList<string> Departments,
    PlanScope Scope,
    DateOnly PeriodFrom,
    DateOnly PeriodTo,
    int WindowWorkingDays,
    IReadOnlyList<InspectionItem> Items,
    int GeneralItemsPerTask,
    IReadOnlyDictionary<string, decimal> RatioOverrides,
    decimal VerificationShare,
    int CapPerDepartmentPerYear,
    int CapTotalPerYear,
    int TriggerWindowDays,
    int TeamSize,
    int MaxTasksPerInspector,
    IReadOnlyList<string> LeadCertifications,
    int PublicationWorkingDays,
    string Schedule,
    string File,
    string ContentHash)
{
    public string InitiatingDepartment => Departments[0];

    /// <summary>
    /// Working days between the draw and the first day a window may start (<c>notice_lead_working_days</c>, default 1): a
    /// window never starts on or before the draw date, nor before the period.
    /// </summary>
    public int NoticeLeadWorkingDays { get; init; } = DefaultNoticeLeadWorkingDays;

    /// <summary>
    /// Set for an approval-verification plan (<c>approvals:</c>): it draws enterprises for the verification of their recent
    /// approvals rather than by category; null for a routine plan.
    /// </summary>
    public ApprovalVerification? Approvals { get; init; }

    /// <summary>The notice lead of a plan that names none: the window starts the working day after the draw date at the earliest.</summary>
    public const int DefaultNoticeLeadWorkingDays = 1;

    /// <summary>Items a department checks under this plan.</summary>
    public IEnumerable<InspectionItem> ItemsOf(string department)
        => Items.Where(i => (i.Department ?? InitiatingDepartment) == department);
}
