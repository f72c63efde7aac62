namespace Supervision.Storage.Audit;

/// <summary>One entry of the audit log.</summary>
/// <param name="Seq">Position in the chain, from 1, without gaps.</param>
/// <param name="At">When it was appended (UTC, microseconds).</param>
/// <param name="Actor">Who or what did it (a user, a job).</param>
/// <param name="Kind">What happened: import, run, draw, publication, rule-publication, …</param>
/// <param name="Subject">What it is about: a run id, a draw id, a bundle hash, a file.</param>
/// <param name="Payload">Details, as canonical JSON.</param>
/// <param name="PrevHash">Hash of the entry before (64 zeros for the first).</param>
/// <param name="Hash">This entry's hash.</param>
public sealed record AuditEntry(
    long Seq, DateTimeOffset At, string Actor, string Kind, string Subject, string Payload, string PrevHash, string Hash);
