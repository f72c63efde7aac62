namespace Supervision.Storage.Public;

/// <summary>A publication in the audit log: the files made public with their SHA-256, and the chain head printed in the HTML. Subject: The draw id, or <c>preparation:</c> and the draw id for a pre-draw notice. HeadSeq: The audit chain's head printed in the notice (<c>NoticeAnchor</c>), when one was.</summary>
public sealed record PublicationEntry(string Subject, DateTimeOffset At, IReadOnlyDictionary<string, string> Files, long? HeadSeq, string? HeadHash);
