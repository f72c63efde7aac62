using Supervision.Model.Import;

namespace Supervision.Data.Import.Slices;

/// <summary>The input files of one chunk, read from its slices instead of the data directory.</summary>
public sealed class InputSliceSource : IInputSource
{
    private readonly Dictionary<string, List<InputSlice>> files = new(StringComparer.Ordinal);

    /// <param name="slices">The chunk's slices, any order.</param>
    public InputSliceSource(IEnumerable<InputSlice> slices)
    {
        ArgumentNullException.ThrowIfNull(slices);
        foreach (var slice in slices)
        {
            if (!files.TryGetValue(slice.FileName, out var parts))
            {
                files.Add(slice.FileName, parts = []);
            }

            parts.Add(slice);
        }

        foreach (var parts in files.Values)
        {
            parts.Sort((a, b) => a.Part.CompareTo(b.Part));
        }
    }

    public string PathOf(string fileName) => files.TryGetValue(fileName, out var parts) ? parts[0].Path : fileName;

    public InputFile? Find(string fileName)
    {
        if (!files.TryGetValue(fileName, out var parts) || parts[0].Missing)
        {
            return null;
        }

        var first = parts[0];
        var encoding = new DetectedEncoding(
            first.Encoding, first.Encoding == TextEncodingDetector.Gb18030Name ? TextEncodingDetector.Gb18030 : null, first.EncodingWarning)
        {
            // The whole file's vote: the chunk then rejects the same lines, in the same words, as the whole file's import.
            Lines = first.EncodingLines ?? EncodingLineCounts.None,
        };
        var lineCount = parts.Sum(p => p.Lines.Length);
        return new InputFile(first.Path, () =>
        {
            var lines = new int[lineCount];
            var at = 0;
            foreach (var part in parts)
            {
                part.Lines.CopyTo(lines, at);
                at += part.Lines.Length;
            }

            return CsvTable.Open(new ConcatenatedStream([.. parts.Select(p => p.Content)]), encoding, lines);
        })
        {
            EarlierKeys = EarlierKeys(parts),

            // The header line is one of the lines; every other line is at most one record.
            RecordsAtMost = Math.Max(0, lineCount - 1),
        };
    }

    private static Dictionary<string, long>? EarlierKeys(List<InputSlice> parts)
    {
        Dictionary<string, long>? keys = null;
        foreach (var part in parts.Where(p => p.EarlierKeys is { Length: > 0 }))
        {
            keys ??= new Dictionary<string, long>(StringComparer.Ordinal);
            for (var i = 0; i < part.EarlierKeys!.Length; i++)
            {
                keys.TryAdd(part.EarlierKeys[i], part.EarlierLines![i]);
            }
        }

        return keys;
    }
}
