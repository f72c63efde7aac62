using System.Text.Json.Serialization;
using Supervision.Draws.Plans;

namespace Supervision.Draws.Record;

/// <summary>What a draw needs of a plan, frozen into the record so that verification needs nothing else.</summary>
/// <param name="Id">Plan id.</param>
/// <param name="Title">Title.</param>
/// <param name="File">Plan file.</param>
/// <param name="ContentHash">SHA-256 of the plan file.</param>
/// <param name="Departments">Departments, initiating first.</param>
/// <param name="PeriodFrom">Period start.</param>
/// <param name="PeriodTo">Period end.</param>
/// <param name="WorkingDays">Working days from the first day a window may start (the later of the period start and the notice lead after the draw date) to the end of the last year the calendar knows (windows use those up to PeriodTo; publication deadlines the rest).</param>
/// <param name="WindowWorkingDays">Window length in working days.</param>
/// <param name="Items">Inspection items.</param>
/// <param name="GeneralItemsPerTask">General items drawn per task.</param>
/// <param name="Pools">Pools in drawing order with their rules.</param>
/// <param name="VerificationShare">Share of the verification pool drawn (at least 1).</param>
/// <param name="TeamSize">Inspectors per task and department.</param>
/// <param name="MaxTasksPerInspector">Workload ceiling.</param>
/// <param name="LeadCertifications">Certifications the first team member must hold.</param>
/// <param name="PublicationWorkingDays">Result publication deadline in working days after the window.</param>
public sealed record PlanRecord(
    string Id,
    string Title,
    string File,
    string ContentHash,
    IReadOnlyList<string> Departments,
    DateOnly PeriodFrom,
    DateOnly PeriodTo,
    IReadOnlyList<DateOnly> WorkingDays,
    int WindowWorkingDays,
    IReadOnlyList<InspectionItem> Items,
    int GeneralItemsPerTask,
    IReadOnlyList<PoolRule> Pools,
    decimal VerificationShare,
    int TeamSize,
    int MaxTasksPerInspector,
    IReadOnlyList<string> LeadCertifications,
    int PublicationWorkingDays)
{
    /// <summary>
    /// The plan's notice lead in working days (<see cref="InspectionPlan.NoticeLeadWorkingDays"/>) when it is not the
    /// default of 1; absent from the record means 1. With the draw date and the calendar it fixes the first window day,
    /// which <see cref="Drawing.CalendarVerifier"/> checks.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? NoticeLeadWorkingDays { get; init; }

    /// <summary>The notice lead the draw used: <see cref="NoticeLeadWorkingDays"/>, or the default of 1.</summary>
    [JsonIgnore]
    public int NoticeLead => NoticeLeadWorkingDays ?? InspectionPlan.DefaultNoticeLeadWorkingDays;
}
