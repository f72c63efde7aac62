using System.Text.Json;

namespace Supervision.Storage.Audit;

/// <summary>
/// Checks stored entries in seq order against the chain rules and names the first break: an entry whose hash does not
/// match its content is altered; an entry whose predecessor hash names an earlier entry than the one before it shows
/// that the entries in between were inserted; a jump in seq shows deleted entries.
/// </summary>
internal sealed class AuditChainChecker
{
    // Hash → seq of every accepted entry, to recognise a link that skips inserted entries.
    private readonly Dictionary<string, long> accepted = new(StringComparer.Ordinal) { [AuditEncoding.GenesisHash] = 0 };

    public long Entries { get; private set; }

    /// <summary>Whether the accepted chain's entry <paramref name="seq"/> hashes to <paramref name="hash"/>.</summary>
    public bool Holds(long seq, string hash) => accepted.TryGetValue(hash, out var at) && at == seq;

    public long LastSeq { get; private set; }

    public string HeadHash { get; private set; } = AuditEncoding.GenesisHash;

    /// <summary>Adds the next stored entry; returns the problem it shows, or null.</summary>
    public AuditProblem? Add(AuditEntry stored)
    {
        Entries++;
        var next = LastSeq + 1;
        if (Canonicalize(stored.Payload) is not { } payload)
        {
            return new AuditProblem(AuditProblemKind.Altered, stored.Seq, $"entry {stored.Seq}: the payload is not valid JSON");
        }

        var contentOk = AuditEncoding.Hash(stored.Seq, stored.At, stored.Actor, stored.Kind, stored.Subject, payload, stored.PrevHash) == stored.Hash;
        var linkOk = stored.PrevHash == HeadHash;
        if (contentOk && linkOk && stored.Seq == next)
        {
            accepted[stored.Hash] = stored.Seq;
            (LastSeq, HeadHash) = (stored.Seq, stored.Hash);
            return null;
        }

        if (!linkOk && accepted.TryGetValue(stored.PrevHash, out var predecessor) && predecessor < LastSeq)
        {
            return new AuditProblem(AuditProblemKind.Inserted, predecessor + 1,
                $"entry {stored.Seq} was appended after entry {predecessor}: entries {predecessor + 1} to {LastSeq} were inserted");
        }

        if (stored.Seq > next)
        {
            return new AuditProblem(AuditProblemKind.Deleted, next,
                next == stored.Seq - 1 ? $"entry {next} is missing" : $"entries {next} to {stored.Seq - 1} are missing");
        }

        if (!contentOk)
        {
            return new AuditProblem(AuditProblemKind.Altered, stored.Seq, $"entry {stored.Seq}: its content does not match its hash");
        }

        return LastSeq == 0
            ? new AuditProblem(AuditProblemKind.Altered, stored.Seq, $"entry {stored.Seq}: the first entry does not start the chain")
            : new AuditProblem(AuditProblemKind.Altered, LastSeq,
                $"entry {LastSeq}: its hash was rewritten (entry {stored.Seq} was appended after an entry with hash {stored.PrevHash})");
    }

    private static string? Canonicalize(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return CanonicalJson.Serialize(document.RootElement);
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            return null;
        }
    }
}
