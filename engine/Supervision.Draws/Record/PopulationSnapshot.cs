using System.Security.Cryptography;
using System.Text;
using CsvHelper;
using Supervision.Draws.Drawing;

namespace Supervision.Draws.Record;

/// <summary>
/// The frozen population of a draw (检查对象名录库 snapshot) as CSV: plan_id,pool,uscc,name,last_inspectors,note; UTF-8
/// without BOM, LF line ends, rows in plan order then pool then USCC. Its SHA-256 is in the record and the notice.
/// </summary>
public static class PopulationSnapshot
{
    private const int RowsPerPart = 16_384;

    private static readonly string[] Header = ["plan_id", "pool", "uscc", "name", "last_inspectors", "note"];

    /// <summary>
    /// The snapshot's bytes, as CsvHelper writes them (<see cref="Utf8CsvField"/>; a test holds the two equal): every
    /// row is measured first, on all cores, then written at its offset into one array of the exact size.
    /// </summary>
    public static byte[] Write(IReadOnlyList<PoolEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var header = Encoding.UTF8.GetBytes(string.Join(',', Header) + "\n");
        var ends = new long[entries.Count];
        var parts = (entries.Count + RowsPerPart - 1) / RowsPerPart;
        Parallel.For(0, parts, part =>
        {
            for (var i = part * RowsPerPart; i < Math.Min(entries.Count, (part + 1) * RowsPerPart); i++)
            {
                ends[i] = RowLength(entries[i]);
            }
        });
        var end = (long)header.Length;
        for (var i = 0; i < ends.Length; i++)
        {
            end = ends[i] += end;
        }

        var snapshot = GC.AllocateUninitializedArray<byte>(checked((int)end));
        header.CopyTo(snapshot, 0);
        Parallel.For(0, parts, part =>
        {
            for (var i = part * RowsPerPart; i < Math.Min(entries.Count, (part + 1) * RowsPerPart); i++)
            {
                var start = i == 0 ? header.Length : ends[i - 1];
                WriteRow(entries[i], snapshot.AsSpan((int)start, (int)(ends[i] - start)));
            }
        });
        return snapshot;
    }

    public static string Hash(byte[] snapshot) => Convert.ToHexStringLower(SHA256.HashData(snapshot));

    public static List<PoolEntry> Read(byte[] snapshot)
    {
        var entries = new List<PoolEntry>();
        using var reader = CsvReader.Create(snapshot, CsvReaderOptions.Default with
        {
            Separator = ',',
            FieldCountMismatch = CsvFieldCountHandling.Throw,
            MalformedData = CsvMalformedDataHandling.Throw,
            TrackLineNumbers = true,
        });
        if (!reader.Headers.SequenceEqual(Header))
        {
            throw new InvalidDataException("the population snapshot's header must be " + string.Join(',', Header));
        }

        while (reader.Read())
        {
            var last = reader.GetString(4);
            var note = reader.GetString(5);
            entries.Add(new PoolEntry(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                last.Length == 0 ? [] : last.Split(';'), note.Length == 0 ? null : note));
        }

        return entries;
    }

    public static string Describe(byte[] snapshot) => Encoding.UTF8.GetString(snapshot);

    private static long RowLength(PoolEntry e)
        => Utf8CsvField.Length(e.PlanId) + Utf8CsvField.Length(e.Pool) + Utf8CsvField.Length(e.Uscc) + Utf8CsvField.Length(e.Name)
            + Utf8CsvField.Length(e.LastInspectors) + Utf8CsvField.Length(e.Note ?? "") + Header.Length;

    // Five commas and the line end: as many bytes as there are columns.
    private static void WriteRow(PoolEntry e, Span<byte> row)
    {
        var at = Utf8CsvField.Write(e.PlanId, row);
        row[at++] = (byte)',';
        at += Utf8CsvField.Write(e.Pool, row[at..]);
        row[at++] = (byte)',';
        at += Utf8CsvField.Write(e.Uscc, row[at..]);
        row[at++] = (byte)',';
        at += Utf8CsvField.Write(e.Name, row[at..]);
        row[at++] = (byte)',';
        at += Utf8CsvField.Write(e.LastInspectors, row[at..]);
        row[at++] = (byte)',';
        at += Utf8CsvField.Write(e.Note ?? "", row[at..]);
        row[at++] = (byte)'\n';
        if (at != row.Length)
        {
            throw new InvalidOperationException("a population snapshot row was not as long as measured");
        }
    }
}
