using System.Security.Cryptography;
using System.Text;

namespace Supervision.Rules.Bundle;

/// <summary>
/// Content hash of a bundle: SHA-256 over every file of the bundle directory except rule tests (tests/), inspection
/// plans (plans/), the working-day calendar (calendar/) and the tolerance list (tolerance/), which are versioned by the
/// draws and decisions that use them (each records its own hash); taken
/// in ordinal order of their '/'-separated relative paths; each file contributes its path, a line feed, its
/// length in bytes as decimal digits, a line feed and its bytes. Anyone can recompute it from the files.
/// </summary>
public static class BundleHasher
{
    /// <summary>Folders of the rules directory that are not part of the scoring bundle.</summary>
    public static readonly IReadOnlyList<string> ExcludedFolders = ["tests/", "plans/", "calendar/", "tolerance/"];

    public static string Hash(string directory) => Convert.ToHexStringLower(SHA256.HashData(Archive(directory)));

    /// <summary>
    /// The bundle's files framed as they are hashed — for each file in ordinal path order: path, LF, byte length in
    /// decimal, LF, bytes — so that the content hash is the SHA-256 of this archive (supervision.rule_bundles keeps it).
    /// </summary>
    public static byte[] Archive(string directory)
    {
        using var archive = new MemoryStream();
        foreach (var (relative, full) in Files(directory))
        {
            var bytes = File.ReadAllBytes(full);
            archive.Write(Encoding.UTF8.GetBytes($"{relative}\n{bytes.Length}\n"));
            archive.Write(bytes);
        }

        return archive.ToArray();
    }

    internal static IEnumerable<(string Relative, string Full)> Files(string directory)
        => Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(full => (Relative: Path.GetRelativePath(directory, full).Replace('\\', '/'), Full: full))
            .Where(f => !ExcludedFolders.Any(folder => f.Relative.StartsWith(folder, StringComparison.Ordinal)))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
}
