using System.Security.Cryptography;
using System.Text.Json;
using Supervision.Storage;
using Supervision.Storage.Audit;

namespace Supervision.Application.Publication;

/// <summary>
/// Appends a publication (a public notice written) to the audit log with the SHA-256 of each file made public, so that
/// anyone holding the published file can check it against the tamper-evident chain (三公开).
/// </summary>
public static class PublicationAudit
{
    public static Task AppendAsync(
        Database database, TimeProvider clock, string subject, string directory, IReadOnlyList<string> files, object details, CancellationToken cancellationToken)
    {
        var hashes = files.Where(f => File.Exists(Path.Combine(directory, f)))
            .ToDictionary(f => f, f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(directory, f)))), StringComparer.Ordinal);
        var payload = JsonSerializer.SerializeToElement(new { files = hashes, details });
        return new AuditLog(database, clock).AppendAsync("publication", subject, payload, $"{Environment.UserName}@{Environment.MachineName}", cancellationToken);
    }
}
