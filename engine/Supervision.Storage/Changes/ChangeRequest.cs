namespace Supervision.Storage.Changes;

/// <summary>A proposed rule change (supervision.change_requests) without its content.</summary>
/// <param name="RequestId">Its number.</param>
/// <param name="Kind">What it changes: bundle.</param>
/// <param name="Title">What it is, in the author's words.</param>
/// <param name="Author">The regulator who proposed it (an account).</param>
/// <param name="ProposedAt">When.</param>
/// <param name="BundleHash">The candidate's content hash; null when it does not compile.</param>
/// <param name="BaseHash">The bundle in force when it was proposed, or null.</param>
/// <param name="CheckReport">The checks as run when it was proposed: diagnostics at file:line, rule and plan tests, coverage.</param>
/// <param name="ChecksPassed">Whether they all passed (a request that failed them cannot be approved).</param>
/// <param name="Status">proposed, approved, rejected, withdrawn or published.</param>
/// <param name="Reviewer">Who approved or rejected it.</param>
/// <param name="ReviewedAt">When.</param>
/// <param name="ReviewComment">The reviewer's comment.</param>
/// <param name="PublishedBy">Who published it.</param>
/// <param name="PublishedAt">When.</param>
public sealed record ChangeRequest(
    long RequestId,
    string Kind,
    string Title,
    string Author,
    DateTimeOffset ProposedAt,
    string? BundleHash,
    string? BaseHash,
    string CheckReport,
    bool ChecksPassed,
    string Status,
    string? Reviewer,
    DateTimeOffset? ReviewedAt,
    string? ReviewComment,
    string? PublishedBy,
    DateTimeOffset? PublishedAt)
{
    public const string Proposed = "proposed";
    public const string Approved = "approved";
    public const string Rejected = "rejected";
    public const string Withdrawn = "withdrawn";
    public const string Published = "published";
}
