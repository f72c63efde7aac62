using System.Security.Cryptography;
using System.Text;
using Supervision.Data.Import.Slices;
using Supervision.Model.Import;

namespace Supervision.Application.Nightly;

/// <summary>
/// SHA-256 over the input files of a data directory (name and SHA-256 of each, absent files marked), recorded with a
/// run so that every job, in whatever process, can check it scores and draws from the same data.
/// </summary>
public static class DataFingerprint
{
    // Every declared input file: one the run does not read (learned-risk.csv under a bundle without learned risk) is
    // fingerprinted as the partitioner saw it (absent), so a change to it does not change the run's data.
    private static readonly string[] Files = [.. InputFiles.All.Select(f => f.Name)];

    public static string Compute(string directory)
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in Files)
        {
            var path = Path.Combine(directory, name);
            if (File.Exists(path))
            {
                using var stream = File.OpenRead(path);
                hashes[name] = Convert.ToHexStringLower(SHA256.HashData(stream));
            }
        }

        return Combine(hashes);
    }

    /// <summary>The fingerprint from the files' own SHA-256 (hex) by file name, as the input partitioner computes them in its pass.</summary>
    public static string Combine(IReadOnlyDictionary<string, string> fileHashes)
    {
        ArgumentNullException.ThrowIfNull(fileHashes);
        var text = new StringBuilder();
        foreach (var name in Files)
        {
            var hash = fileHashes.TryGetValue(name, out var known) ? known : InputPartitioner.Absent;
            text.Append(name).Append(' ').Append(hash).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
