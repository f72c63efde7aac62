using System.Security.Cryptography;
using System.Text.Json;
using Supervision.Storage;
using Supervision.Storage.Audit;

namespace Supervision.Application.Publication;

/// <summary>
/// Appends a publication (a public notice written) to the audit log with the SHA-256 of each file made public, so that
/// anyone holding the published file can check it against the tamper-evident chain (三公开). Each HTML notice first gets
/// the chain's head printed in it (<see cref="NoticeAnchor"/>), so that the notice in turn witnesses the chain: the log
/// cannot lose its tail unnoticed by whoever holds a notice.
/// </summary>
public static class PublicationAudit
{
    public static async Task AppendAsync(
        Database database, TimeProvider clock, string subject, string directory, IReadOnlyList<string> files, object details, CancellationToken cancellationToken)
    {
        var log = new AuditLog(database, clock);
        var head = await log.HeadAsync(cancellationToken);
        if (head is { } anchor)
        {
            foreach (var html in files.Where(f => f.EndsWith(".html", StringComparison.Ordinal) && File.Exists(Path.Combine(directory, f))))
            {
                NoticeAnchor.Stamp(Path.Combine(directory, html), anchor.Seq, anchor.Hash);
            }
        }

        var hashes = files.Where(f => File.Exists(Path.Combine(directory, f)))
            .ToDictionary(f => f, f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(directory, f)))), StringComparer.Ordinal);
        var payload = head is { } printed
            ? JsonSerializer.SerializeToElement(new { files = hashes, details, audit_head = new { seq = printed.Seq, hash = printed.Hash } })
            : JsonSerializer.SerializeToElement(new { files = hashes, details });
        await log.AppendAsync("publication", subject, payload, $"{Environment.UserName}@{Environment.MachineName}", cancellationToken);
    }
}
