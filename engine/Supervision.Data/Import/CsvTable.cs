using CsvHelper;

namespace Supervision.Data.Import;

/// <summary>
/// Reads a CSV file record by record with CsvHelper's row API and returns every record with its physical line,
/// including those CsvHelper skips as malformed, so that importers can count them as rejected rows.
/// </summary>
/// <remarks>
/// Line breaks inside quotes are refused: with them allowed, one unterminated quote would swallow the rest of the
/// file into a single skipped record. Not thread-safe; dispose after use.
/// </remarks>
public sealed class CsvTable : IDisposable
{
    /// <summary>Longest record accepted; a longer one stops reading with a file-level error.</summary>
    public const int MaxRecordBytes = 1024 * 1024;

    private readonly Queue<CsvTableRow> pending = new();
    private readonly Dictionary<long, string> recovered = [];
    private readonly CsvReader reader;
    private bool finished;
    private long lastSkippedLine;

    private readonly int[]? lineMap;
    private readonly LineCheckingStream? checker;
    private readonly Stream? owned;
    private string[] fieldBuffer = [];
    private string[] headerNames = [];

    private CsvTable(Func<CsvReaderOptions, CsvReader> open, DetectedEncoding encoding, int[]? lineMap, LineCheckingStream? checker = null, Stream? owned = null)
    {
        Encoding = encoding;
        this.lineMap = lineMap;
        this.checker = checker;
        this.owned = owned;
        reader = open(CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = true,
            Encoding = encoding.ReaderEncoding,
            TrackLineNumbers = true,
            IncludeValuesInExceptions = false,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            MissingField = CsvMissingFieldHandling.Throw,
            AllowLineBreaksInQuotes = false,
            TrimWhitespace = true,
            SkipEmptyLines = true,
            MaxRecordSize = MaxRecordBytes,

            // The importers keep most of what they read (a chunk's credit records and inspections live until it is
            // scored), and their texts repeat: record types, dates, grades, legal bases, departments, item codes.
            PoolStrings = true,
            OnMalformedRecord = OnMalformedRecord,
        });
        Headers = ReadHeader();
    }

    public DetectedEncoding Encoding { get; }

    /// <summary>Header names as written (untrimmed); empty when the file is empty or its header is malformed.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>Physical line of the header (1 unless empty lines come first).</summary>
    public long HeaderLine { get; private set; } = 1;

    /// <summary>Set when the header record is malformed: no column can be identified.</summary>
    public CsvProblem? HeaderProblem { get; private set; }

    /// <summary>Records whose fields are all blank (such as ",,,," from spreadsheets), passed over like empty lines.</summary>
    public long BlankRecords { get; private set; }

    /// <summary>Line of the first blank record, or 0.</summary>
    public long FirstBlankRecordLine { get; private set; }

    /// <summary>Set when reading had to stop before the end of the file.</summary>
    public CsvProblem? FatalProblem { get; private set; }

    public static CsvTable Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var encoding = TextEncodingDetector.Detect(path);
        if (encoding.ReaderEncoding is null && encoding.MismatchedLines == 0)
        {
            return new CsvTable(options => CsvReader.FromFile(path, options), encoding, null);
        }

        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        try
        {
            if (encoding.ReaderEncoding is not null)
            {
                // Read as GB18030, a UTF-8 byte order mark would become two characters of the first header; the
                // nightly partitioner drops it too, so that both read the same header.
                SkipUtf8Bom(file);
            }

            return FromStream(file, encoding, null, file);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Reads a slice of a file (its header line, then some of its lines) whose line i came from line
    /// <paramref name="lineMap"/>[i − 1] of the file, so that every line reported is the file's, not the slice's.
    /// </summary>
    /// <param name="content">The slice's bytes, without a byte order mark.</param>
    /// <param name="encoding">The encoding detected on the whole file; the content is in its reader encoding.</param>
    /// <param name="lineMap">The file's line number of each line of the slice.</param>
    public static CsvTable Open(Stream content, DetectedEncoding encoding, int[] lineMap)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(encoding);
        ArgumentNullException.ThrowIfNull(lineMap);
        return FromStream(content, encoding, lineMap, null);
    }

    /// <summary>
    /// Returns the next record, malformed or not, in file order; false at the end of the file. The record's field array
    /// is reused for the next record: read what you need from a row before asking for the next one.
    /// </summary>
    public bool TryRead(out CsvTableRow row)
    {
        while (!pending.TryDequeue(out row))
        {
            if (finished)
            {
                return false;
            }

            ReadNext();
        }

        return true;
    }

    public void Dispose()
    {
        reader.Dispose();
        owned?.Dispose();
    }

    private static CsvTable FromStream(Stream content, DetectedEncoding encoding, int[]? lineMap, Stream? owned)
    {
        // Lines are checked only in files where the detector found lines in another encoding: in the others there are none.
        var checker = encoding.MismatchedLines > 0 ? new LineCheckingStream(content, encoding.IsGb18030) : null;
        return new CsvTable(options => CsvReader.Create((Stream?)checker ?? content, options), encoding, lineMap, checker, owned);
    }

    private static void SkipUtf8Bom(FileStream file)
    {
        Span<byte> start = stackalloc byte[3];
        if (file.ReadAtLeast(start, 3, throwOnEndOfStream: false) < 3 || !start.SequenceEqual(LineEncodings.Utf8Bom))
        {
            file.Position = 0;
        }
    }

    /// <summary>Takes the encoding problem of a line of what is read, as a rejection reason and the column it is in.</summary>
    private bool TryTakeEncodingProblem(long streamLine, out string reason, out string? column)
    {
        if (checker is null || !checker.TryTake(streamLine, out var problem))
        {
            (reason, column) = (string.Empty, null);
            return false;
        }

        reason = Encoding.Describe(problem);
        column = problem.Field < headerNames.Length ? headerNames[problem.Field].Trim() : null;
        return true;
    }

    private string[] ReadHeader()
    {
        string[] headers;
        try
        {
            headers = [.. reader.Headers];
        }
        catch (CsvFormatException exception)
        {
            Stop(exception);
            return [];
        }

        var headerLine = headers.Length > 0 ? FileLine(reader.LineNumber) : long.MaxValue;
        if (pending.Count == 0 || pending.Peek().Line >= headerLine)
        {
            HeaderLine = headers.Length > 0 ? headerLine : 1;
            if (headers.Length > 0 && TryTakeEncodingProblem(reader.LineNumber, out var reason, out _))
            {
                // Decoded in the wrong encoding, no header name can be trusted.
                HeaderProblem = new CsvProblem(HeaderLine, $"the header row is unreadable: {reason}");
                return [];
            }

            headerNames = headers;
            return headers;
        }

        // CsvHelper skipped the malformed header and took a later record as the header: that record is data.
        var header = pending.Dequeue();
        HeaderProblem = new CsvProblem(header.Line, $"the header row is malformed ({header.MalformedReason})");
        HeaderLine = header.Line;
        var rows = pending.ToList();
        pending.Clear();
        foreach (var row in rows.Where(r => r.Line < headerLine))
        {
            pending.Enqueue(row);
        }

        if (headers.Length > 0)
        {
            pending.Enqueue(new CsvTableRow(headerLine, headers, null));
        }

        foreach (var row in rows.Where(r => r.Line > headerLine))
        {
            pending.Enqueue(row);
        }

        return [];
    }

    private void ReadNext()
    {
        bool more;
        try
        {
            more = reader.Read();
        }
        catch (CsvFormatException exception)
        {
            Stop(exception);
            return;
        }

        if (!more)
        {
            finished = true;
            return;
        }

        var line = FileLine(reader.LineNumber);
        if (TryTakeEncodingProblem(reader.LineNumber, out var encodingReason, out var column))
        {
            // Never imported decoded in the wrong encoding, whatever else is wrong with the record.
            recovered.Remove(line);
            pending.Enqueue(new CsvTableRow(line, [], RejectedRow(encodingReason), column));
            return;
        }

        if (recovered.Remove(line, out var reason))
        {
            pending.Enqueue(new CsvTableRow(line, [], reason));
            return;
        }

        // One array for every record of the same width: a row is read before the next is asked for (see TryRead), and
        // a new array per record was two gigabytes of garbage on a million-enterprise night.
        if (fieldBuffer.Length != reader.FieldCount)
        {
            fieldBuffer = new string[reader.FieldCount];
        }

        var fields = fieldBuffer;
        var blank = true;
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = reader.GetString(i);
            blank &= string.IsNullOrWhiteSpace(fields[i]);
        }

        if (blank)
        {
            if (BlankRecords++ == 0)
            {
                FirstBlankRecordLine = line;
            }

            return;
        }

        pending.Enqueue(new CsvTableRow(line, fields, null));
    }

    private void Stop(CsvFormatException exception)
    {
        FatalProblem = new CsvProblem(
            FileLine(exception.LineNumber),
            $"reading stopped here, the rest of the file was not imported: {exception.Message}");
        finished = true;
    }

    private void OnMalformedRecord(CsvMalformedRecord record)
    {
        if (string.IsNullOrWhiteSpace(record.RawRecord))
        {
            // A line of blanks is an empty line, which is ignored; CsvHelper reports it as a field count mismatch.
            return;
        }

        var reason = MalformedReasons.Describe(record.Reason);
        if (!record.Skipped)
        {
            // Recovered records are returned by Read too: reject them there so that each is counted once.
            recovered.TryAdd(FileLine(record.LineNumber), reason);
            return;
        }

        // One record can be reported more than once (a quoting problem and then its field count).
        var line = FileLine(record.LineNumber);
        if (line == lastSkippedLine)
        {
            return;
        }

        lastSkippedLine = line;
        pending.Enqueue(TryTakeEncodingProblem(record.LineNumber, out var encodingReason, out var column)
            ? new CsvTableRow(line, [], RejectedRow(encodingReason), column)
            : new CsvTableRow(line, [], reason));
    }

    private static string RejectedRow(string encodingReason) => $"{encodingReason}; the row is rejected rather than imported garbled";

    /// <summary>The file's line number of a line of what is read (the same number unless this is a slice).</summary>
    private long FileLine(long line)
    {
        if (lineMap is null || line <= 0)
        {
            return line;
        }

        return line <= lineMap.Length ? lineMap[line - 1] : (lineMap.Length == 0 ? line : lineMap[^1] + (line - lineMap.Length));
    }
}
