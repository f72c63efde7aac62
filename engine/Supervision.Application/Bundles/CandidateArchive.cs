using System.IO.Compression;

namespace Supervision.Application.Bundles;

/// <summary>
/// A proposed bundle as a zip of the directory the CLI reads (bundle.yaml at its root, or under one top folder),
/// unpacked into a temporary directory that is deleted on dispose. Entries that would land outside it, absolute paths,
/// and archives over <see cref="MaxBytes"/> unpacked are refused.
/// </summary>
public sealed class CandidateArchive : IDisposable
{
    /// <summary>The most a candidate may unpack to: a bundle is text, a few hundred kilobytes.</summary>
    public const long MaxBytes = 32L << 20;

    private readonly string _root;

    private CandidateArchive(string root, string directory)
    {
        _root = root;
        Directory = directory;
    }

    /// <summary>The unpacked bundle directory (the one holding bundle.yaml).</summary>
    public string Directory { get; }

    /// <summary>Unpacks <paramref name="zip"/>.</summary>
    /// <exception cref="InvalidDataException">Not a zip, unsafe entries, too large, or no bundle.yaml.</exception>
    public static CandidateArchive Open(byte[] zip)
    {
        ArgumentNullException.ThrowIfNull(zip);
        var root = System.IO.Directory.CreateTempSubdirectory("supervision-candidate-").FullName;
        try
        {
            using (var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read))
            {
                long total = 0;
                foreach (var entry in archive.Entries)
                {
                    var target = Path.GetFullPath(Path.Combine(root, entry.FullName));
                    if (Path.IsPathRooted(entry.FullName) || !target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                    {
                        throw new InvalidDataException($"the archive's entry '{entry.FullName}' would be written outside the bundle");
                    }

                    total += entry.Length;
                    if (total > MaxBytes)
                    {
                        throw new InvalidDataException($"the archive unpacks to more than {MaxBytes >> 20} MiB: a rule bundle is a few hundred kilobytes of text");
                    }

                    if (entry.FullName.EndsWith('/'))
                    {
                        System.IO.Directory.CreateDirectory(target);
                        continue;
                    }

                    System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    entry.ExtractToFile(target);
                }
            }

            return new CandidateArchive(root, BundleDirectory(root));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            System.IO.Directory.Delete(root, recursive: true);
            throw e as InvalidDataException ?? new InvalidDataException($"the archive cannot be unpacked: {e.Message}", e);
        }
    }

    /// <summary>A bundle directory as a zip, as the web workspace takes it (entries relative to the directory).</summary>
    public static byte[] Pack(string directory)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in System.IO.Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                archive.CreateEntryFromFile(file, Path.GetRelativePath(directory, file).Replace('\\', '/'), CompressionLevel.Optimal);
            }
        }

        return buffer.ToArray();
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_root))
        {
            System.IO.Directory.Delete(_root, recursive: true);
        }
    }

    // bundle.yaml at the root, or in the one folder the archive holds (a zipped "rules" folder).
    private static string BundleDirectory(string root)
    {
        if (File.Exists(Path.Combine(root, "bundle.yaml")))
        {
            return root;
        }

        var folders = System.IO.Directory.GetDirectories(root);
        if (folders.Length == 1 && System.IO.Directory.GetFiles(root).Length == 0 && File.Exists(Path.Combine(folders[0], "bundle.yaml")))
        {
            return folders[0];
        }

        throw new InvalidDataException("the archive holds no bundle.yaml at its root (nor in its one top folder): zip the rules directory the CLI reads");
    }
}
