using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Supervision.Storage.Audit;

/// <summary>
/// The hash of an audit entry (docs/operations.md, "Audit log"): lower-case hex SHA-256 of the UTF-8 bytes of the
/// canonical JSON array <c>["supervision-audit/v1",seq,at,actor,kind,subject,payload,prev_hash]</c>, where
/// <c>at</c> is the UTC instant as <c>yyyy-MM-ddTHH:mm:ss.ffffffZ</c> and <c>payload</c> is the payload's canonical
/// JSON (<see cref="CanonicalJson"/>).
/// </summary>
internal static class AuditEncoding
{
    public const string Version = "supervision-audit/v1";

    /// <summary>prev_hash of the first entry.</summary>
    public static readonly string GenesisHash = new('0', 64);

    public static string Canonical(long seq, DateTimeOffset at, string actor, string kind, string subject, string canonicalPayload, string prevHash)
    {
        var text = new StringBuilder(256 + canonicalPayload.Length);
        text.Append('[');
        CanonicalJson.WriteString(text, Version);
        text.Append(',').Append(seq.ToString(CultureInfo.InvariantCulture)).Append(',');
        CanonicalJson.WriteString(text, FormatInstant(at));
        text.Append(',');
        CanonicalJson.WriteString(text, actor);
        text.Append(',');
        CanonicalJson.WriteString(text, kind);
        text.Append(',');
        CanonicalJson.WriteString(text, subject);
        text.Append(',').Append(canonicalPayload).Append(',');
        CanonicalJson.WriteString(text, prevHash);
        text.Append(']');
        return text.ToString();
    }

    public static string Hash(long seq, DateTimeOffset at, string actor, string kind, string subject, string canonicalPayload, string prevHash)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            Canonical(seq, at, actor, kind, subject, canonicalPayload, prevHash))));

    public static string FormatInstant(DateTimeOffset at)
        => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>PostgreSQL keeps microseconds; .NET ticks are 100 ns. Entries are hashed at the stored precision.</summary>
    public static DateTimeOffset ToMicroseconds(DateTimeOffset at)
        => new(at.UtcTicks - (at.UtcTicks % 10), TimeSpan.Zero);
}
