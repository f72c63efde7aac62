using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;

namespace Supervision.Storage.Audit;

/// <summary>
/// A signed statement of the audit chain's head at a moment: "the log held entries 1…<see cref="Seq"/> and the last one
/// hashed to <see cref="HeadHash"/>". Kept outside the database (and published), it makes a cut tail or a rewritten
/// chain detectable: the chain alone proves only the order and content of what it still holds.
/// </summary>
/// <param name="Seq">The last entry's sequence number.</param>
/// <param name="HeadHash">The last entry's hash.</param>
/// <param name="At">When the checkpoint was signed (UTC).</param>
/// <param name="KeyId">SHA-256 of the signing key's SubjectPublicKeyInfo (DER), hex: which key to verify with.</param>
/// <param name="Signature">ECDSA P-256 with SHA-256 over <see cref="Message"/>, IEEE P1363 (r ‖ s), base64.</param>
public sealed record AuditCheckpoint(long Seq, string HeadHash, DateTimeOffset At, string KeyId, string Signature)
{
    /// <summary>The domain tag of the signed message.</summary>
    public const string Tag = "supervision-audit-checkpoint/v1";

    /// <summary>The signed bytes: UTF-8 of <c>tag|seq|head hash|at (yyyy-MM-ddTHH:mm:ss.fffffffZ)</c>.</summary>
    public static byte[] Message(long seq, string headHash, DateTimeOffset at)
        => Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Tag}|{seq}|{headHash}|{at.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffffffZ}"));

    /// <summary>
    /// A head printed in a public notice (<c>audit verify --head seq:hash</c>): unsigned, but published, so that the log
    /// is held to it as to a signed checkpoint.
    /// </summary>
    public static AuditCheckpoint Published(long seq, string headHash) => new(seq, headHash, default, "", "");

    /// <summary>Who saw the head, for messages: the signed checkpoint and its time, or a published notice.</summary>
    [JsonIgnore]
    public string Witness => KeyId.Length == 0
        ? "a published notice"
        : string.Create(CultureInfo.InvariantCulture, $"the checkpoint signed {At:yyyy-MM-dd HH:mm:ss}Z");
}
