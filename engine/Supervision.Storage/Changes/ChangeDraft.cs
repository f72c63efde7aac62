namespace Supervision.Storage.Changes;

/// <summary>A regulator's change draft (supervision.change_drafts) without its content.</summary>
/// <param name="DraftId">Its number.</param>
/// <param name="Author">The regulator who started it; nobody else sees it.</param>
/// <param name="Title">What it changes, in the author's words (empty until given).</param>
/// <param name="BaseHash">The bundle in force when it was started, or null.</param>
/// <param name="CreatedAt">When it was started.</param>
/// <param name="UpdatedAt">When it was last saved.</param>
public sealed record ChangeDraft(long DraftId, string Author, string Title, string? BaseHash, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
