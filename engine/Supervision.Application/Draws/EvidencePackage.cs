using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Supervision.Storage.Audit;

namespace Supervision.Application.Draws;

/// <summary>
/// The evidence package of a draw (区块链+公证): one zip a notary or the public can check offline — the draw's files
/// (record, snapshot, preparation and its notice, notices, exclusions, task lists, a void notice if any), the audit
/// entries about the draw with their hashes, the signed checkpoints given, a manifest of every file's SHA-256, and how
/// to verify it all. Deterministic: the same files give the same bytes.
/// </summary>
public static class EvidencePackage
{
    /// <summary>The manifest inside the package: <c>sha256  path</c>, one line per file, in path order.</summary>
    public const string Manifest = "MANIFEST.sha256";

    private const string Instructions = """
        How to verify this draw offline (docs/draw-algorithm.md, docs/operations.md "Audit log"):

        1. sha256sum -c MANIFEST.sha256                      every file is the one packaged
        2. supervision draw verify draw/draw-record.json --population draw/population.csv --calendar <the calendar>
           (a prepared draw also against draw/preparation.json: shares, seed, every frozen input), or
           python3 draw_verify.py draw/draw-record.json draw/population.csv   (the independent re-implementation)
        3. compare draw/preparation-notice.html and draw/notice.html with the notices as they were published, and the
           preparation's SHA-256 with the one the pre-draw notice printed
        4. audit/entries.jsonl holds the audit log's entries about this draw with their hashes; with the log, the
           public key and audit/checkpoint-*.json: supervision audit verify --checkpoint audit/checkpoint-N.json --public-key <key>

        """;

    // Entries carry a fixed time, so that the package's bytes depend on its content only.
    private static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>Writes the package of the draw in <paramref name="drawDirectory"/> to <paramref name="zipPath"/>; returns the manifest's lines.</summary>
    /// <param name="drawDirectory">The draw's files (as `draw`, `draw execute` or the nightly run wrote them).</param>
    /// <param name="zipPath">The package to write.</param>
    /// <param name="auditEntries">The audit log's entries about the draw (none without a database).</param>
    /// <param name="checkpointFiles">Signed checkpoints of the audit log to include.</param>
    public static IReadOnlyList<string> Write(string drawDirectory, string zipPath, IReadOnlyList<AuditEntry> auditEntries, IReadOnlyList<string> checkpointFiles)
    {
        ArgumentNullException.ThrowIfNull(auditEntries);
        ArgumentNullException.ThrowIfNull(checkpointFiles);
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(drawDirectory, "*", SearchOption.AllDirectories))
        {
            files["draw/" + Path.GetRelativePath(drawDirectory, path).Replace('\\', '/')] = File.ReadAllBytes(path);
        }

        if (auditEntries.Count > 0)
        {
            files["audit/entries.jsonl"] = Encoding.UTF8.GetBytes(string.Concat(auditEntries.Select(e => JsonSerializer.Serialize(e, Json) + "\n")));
        }

        foreach (var checkpoint in checkpointFiles)
        {
            files["audit/" + Path.GetFileName(checkpoint)] = File.ReadAllBytes(checkpoint);
        }

        files["VERIFY.txt"] = Encoding.UTF8.GetBytes(Instructions);
        var manifest = files.Select(f => $"{Convert.ToHexStringLower(SHA256.HashData(f.Value))}  {f.Key}").ToList();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(zipPath))!);
        using (var zip = new ZipArchive(File.Create(zipPath), ZipArchiveMode.Create))
        {
            foreach (var (name, bytes) in files.Append(new(Manifest, Encoding.UTF8.GetBytes(string.Join('\n', manifest) + "\n"))))
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = EntryTime;
                using var stream = entry.Open();
                stream.Write(bytes);
            }
        }

        return manifest;
    }
}
