namespace Supervision.Model.Import;

/// <summary>
/// The input files of a data directory, declared once: the importers, the nightly partitioner, the run's data
/// fingerprint, the input gates and the docs (checked by a test) all read this list. Adding an input file starts here.
/// </summary>
public static class InputFiles
{
    public const string Enterprises = "enterprises.csv";
    public const string SafetyIndicators = "safety-indicators.csv";
    public const string CreditRecords = "credit-records.csv";
    public const string Inspections = "inspections.csv";
    public const string Inspectors = "inspectors.csv";
    public const string LearnedRisk = "learned-risk.csv";
    public const string Triggers = "triggers.csv";
    public const string CreditRepairs = "credit-repairs.csv";
    public const string Complaints = "complaints.csv";
    public const string Approvals = "approvals.csv";

    /// <summary>Every input file, the registry first.</summary>
    public static IReadOnlyList<InputFileSpec> All { get; } =
    [
        new(Enterprises, "the enterprise registry (企业名录)", RequiredToScore: true, RequiredToDraw: true, PerEnterprise: true),
        new(SafetyIndicators, "safety indicators, one row per enterprise", RequiredToScore: false, RequiredToDraw: false, PerEnterprise: true),
        new(CreditRecords, "credit records (penalties, lists, tax grades)", RequiredToScore: false, RequiredToDraw: false, PerEnterprise: true),
        new(CreditRepairs, "applications to leave a list: credit repair, correction (信用修复、移出申请)", RequiredToScore: false, RequiredToDraw: false, PerEnterprise: true),
        new(Complaints, "complaints and reports (投诉举报)", RequiredToScore: false, RequiredToDraw: false, PerEnterprise: true),
        new(Approvals, "approvals granted on a commitment or on credit, and their verification (告知承诺、信用审批)", RequiredToScore: false, RequiredToDraw: false, PerEnterprise: true),
        new(Inspections, "past inspections (检查记录)", RequiredToScore: false, RequiredToDraw: false, PerEnterprise: true),
        new(LearnedRisk, "learned violation risk from `ml score` (read when the bundle uses it)", RequiredToScore: false, RequiredToDraw: false, PerEnterprise: true),
        new(Inspectors, "the inspector directory (执法检查人员名录库)", RequiredToScore: false, RequiredToDraw: true, PerEnterprise: false),
        new(Triggers, "case leads: complaints, alerts, referrals (投诉举报、预警、移送)", RequiredToScore: false, RequiredToDraw: false, PerEnterprise: false),
    ];
}
