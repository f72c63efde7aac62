using System.Security.Cryptography;
using System.Text;
using Supervision.Model.Import;

namespace Supervision.Data.Import.Slices;

/// <summary>
/// Cuts the input files of a nightly run into per-chunk slices in one pass over each file, without parsing it: chunk k
/// holds the registry's k-th group of <c>chunkSize</c> distinct USCCs (in file order) and every line of the other files
/// that names one of them, so that each chunk job imports and scores its own enterprises and nothing else. Lines keep
/// their line numbers, so the chunk's import report is the file's.
/// </summary>
/// <remarks>
/// Lines whose USCC the registry does not have (or that have none) go to chunk 0, where the importer rejects them as
/// it would in the whole file. Files every chunk shares (inspectors, case leads) become <see cref="InputSlice.Global"/>
/// slices. Only the key column is read: quoting inside a line is honoured, and records spanning lines do not exist
/// because the importers refuse line breaks inside quotes.
/// </remarks>
public sealed class InputPartitioner(int chunkSize, int partBytes = 8 * 1024 * 1024, SliceBuffers? buffers = null)
{
    /// <summary>Where the slices' arrays come from: give a slice's back (<see cref="SliceBuffers.Return(InputSlice)"/>) once it is stored.</summary>
    public SliceBuffers Buffers { get; } = buffers ?? new SliceBuffers();

    /// <summary>
    /// Files split by enterprise, registry first, with the column that names the enterprise and, where the importer
    /// requires it to be unique in the whole file rather than per enterprise, the key column.
    /// </summary>
    private static readonly (string File, ColumnSpec Key, ColumnSpec? Unique)[] PerEnterprise =
    [
        (PopulationLoader.EnterprisesFile, EnterpriseImporter.Uscc, null),
        (PopulationLoader.SafetyIndicatorsFile, SafetyIndicatorImporter.Uscc, null),
        (PopulationLoader.CreditRecordsFile, CreditRecordImporter.Uscc, null),
        (PopulationLoader.CreditRepairsFile, CreditRepairImporter.Uscc, null),
        (PopulationLoader.ComplaintsFile, ComplaintImporter.Uscc, ComplaintImporter.Reference),
        (PopulationLoader.ApprovalsFile, ApprovalImporter.Uscc, ApprovalImporter.ApprovalNo),
        (PopulationLoader.InspectionsFile, InspectionImporter.Uscc, InspectionImporter.InspectionId),
        (PopulationLoader.LearnedRiskFile, SafetyIndicatorImporter.Uscc, null),
    ];

    /// <summary>What <see cref="InputPartition.FileHashes"/> says of a file that does not exist.</summary>
    public const string Absent = "absent";

    /// <summary>Files the draws read whole: the declared input files that do not belong to one enterprise.</summary>
    private static readonly string[] Shared = [.. InputFiles.All.Where(f => !f.PerEnterprise).Select(f => f.Name)];

    /// <summary>The files cut by enterprise (a test holds them to <see cref="InputFiles"/>).</summary>
    internal static IReadOnlyList<string> PerEnterpriseFiles => [.. PerEnterprise.Select(p => p.File)];

    /// <summary>Partitions <paramref name="directory"/>, handing every slice to <paramref name="sink"/> as soon as it is cut.</summary>
    /// <param name="directory">The data directory.</param>
    /// <param name="learnedRisk">True when the bundle reads learned-risk.csv.</param>
    /// <param name="sink">Receives the slices: per file, chunk by chunk as parts fill up, then the rest.</param>
    /// <param name="cancellationToken">Checked between parts.</param>
    /// <exception cref="FileNotFoundException">The directory has no registry.</exception>
    public async Task<InputPartition> PartitionAsync(
        string directory, bool learnedRisk, Func<InputSlice, CancellationToken, ValueTask> sink, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        var registryPath = Path.Combine(directory, PopulationLoader.EnterprisesFile);
        if (!File.Exists(registryPath))
        {
            throw new FileNotFoundException($"The enterprise registry '{registryPath}' does not exist; it is required.", registryPath);
        }

        var chunkOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var chunks = 1;
        foreach (var (file, key, unique) in PerEnterprise)
        {
            if (file == PopulationLoader.LearnedRiskFile && !learnedRisk)
            {
                continue;
            }

            var registry = file == PopulationLoader.EnterprisesFile;
            var writers = new List<SliceWriter>();
            hashes[file] = await SplitAsync(Path.Combine(directory, file), file, key, unique, registry ? 1 : chunks, writers, uscc =>
            {
                if (string.IsNullOrEmpty(uscc))
                {
                    return 0;
                }

                if (chunkOf.TryGetValue(uscc, out var chunk))
                {
                    return chunk;
                }

                if (!registry)
                {
                    return 0;
                }

                chunk = chunkOf.Count / chunkSize;
                chunkOf.Add(uscc, chunk);
                return chunk;
            }, sink, cancellationToken);
            if (registry)
            {
                chunks = Math.Max(1, (chunkOf.Count + chunkSize - 1) / chunkSize);
            }
        }

        foreach (var file in Shared)
        {
            hashes[file] = await SplitAsync(Path.Combine(directory, file), file, null, null, 1, [], _ => 0, sink, cancellationToken, InputSlice.Global);
        }

        return new InputPartition(chunks, chunkOf.Count, hashes);
    }

    // Returns the file's SHA-256 (hex), or "absent".
    private async Task<string> SplitAsync(
        string path, string file, ColumnSpec? key, ColumnSpec? unique, int chunks, List<SliceWriter> writers, Func<string?, int> route,
        Func<InputSlice, CancellationToken, ValueTask> sink, CancellationToken cancellationToken, int? fixedChunk = null)
    {
        if (!File.Exists(path))
        {
            for (var chunk = 0; chunk < chunks; chunk++)
            {
                await sink(new InputSlice(fixedChunk ?? chunk, file, 0, path, "none", null, ReadOnlyMemory<byte>.Empty, [], Missing: true), cancellationToken);
            }

            return Absent;
        }

        var encoding = TextEncodingDetector.Detect(path);
        var textEncoding = encoding.Name == TextEncodingDetector.Gb18030Name ? TextEncodingDetector.Gb18030 : Encoding.UTF8;
        (byte[] Line, int LineNo)? header = null;
        var keyIndex = -1;
        var uniqueIndex = -1;

        // Where each unique key appeared first: a repeat in another chunk is told to that chunk with the first line.
        var firstSeen = new Dictionary<string, (int Line, int Chunk)>(StringComparer.Ordinal);
        SliceWriter Writer(int chunk)
        {
            while (writers.Count <= chunk)
            {
                writers.Add(new SliceWriter(fixedChunk ?? writers.Count, file, path, encoding, partBytes, header, Buffers));
            }

            return writers[chunk];
        }

        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var transcoded = encoding.Name is not (TextEncodingDetector.Utf8 or TextEncodingDetector.Gb18030Name);
        await using (var stream = Open(path, encoding))
        {
            foreach (var (line, lineNo) in LineSplitter.Lines(stream, transcoded ? null : sha256))
            {
                if (IsEmpty(line.Span))
                {
                    continue;
                }

                if (header is null)
                {
                    var text = lineNo == 1 && line.Span.StartsWith("\uFEFF"u8) ? line[3..].ToArray() : line.ToArray();
                    header = (text, lineNo);
                    var headers = LineKeys.Fields(textEncoding.GetString(text));
                    keyIndex = key is null ? -1 : headers.FindIndex(h => key.Matches(h));
                    uniqueIndex = unique is null ? -1 : headers.FindIndex(h => unique.Matches(h));
                    continue;
                }

                var chunk = fixedChunk is null && keyIndex >= 0 ? route(LineKeys.Field(line.Span, keyIndex, textEncoding)) : 0;
                var writer = Writer(chunk);
                if (uniqueIndex >= 0 && LineKeys.Field(line.Span, uniqueIndex, textEncoding) is { Length: > 0 } id)
                {
                    if (!firstSeen.TryGetValue(id, out var first))
                    {
                        firstSeen.Add(id, (lineNo, chunk));
                    }
                    else if (first.Chunk != chunk)
                    {
                        writer.AddEarlierKey(id, first.Line);
                    }
                }

                if (writer.Add(line.Span, lineNo) is { } full)
                {
                    await sink(full, cancellationToken);
                }
            }
        }

        // Every chunk gets the file's header even when none of its enterprises has a line in it.
        Writer(chunks - 1);
        foreach (var writer in writers)
        {
            if (writer.Finish() is { } rest)
            {
                await sink(rest, cancellationToken);
            }
        }

        if (transcoded)
        {
            await using var original = File.OpenRead(path);
            var buffer = new byte[1 << 16];
            for (int read; (read = await original.ReadAsync(buffer, cancellationToken)) > 0;)
            {
                sha256.AppendData(buffer, 0, read);
            }
        }

        return Convert.ToHexStringLower(sha256.GetHashAndReset());
    }

    private static bool IsEmpty(ReadOnlySpan<byte> line) => line.Length == 0 || (line.Length == 1 && line[0] == (byte)'\r');

    private static Stream Open(string path, DetectedEncoding encoding)
    {
        if (encoding.Name is TextEncodingDetector.Utf8 or TextEncodingDetector.Gb18030Name)
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        }

        // UTF-16 (rare): the slices carry it as UTF-8, which the line splitter can cut byte-wise.
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return new MemoryStream(Encoding.UTF8.GetBytes(reader.ReadToEnd()));
    }
}
