namespace Supervision.Model.Registry;

/// <summary>How an approval was granted without the usual prior review (审管联动: the supervision that follows it).</summary>
public enum ApprovalKind
{
    /// <summary>告知承诺制: granted on the applicant's written commitment that it meets the conditions, verified afterwards.</summary>
    Commitment,

    /// <summary>信用审批: granted on the applicant's good credit (容缺受理、信用承诺), verified afterwards.</summary>
    Credit,
}
