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
    private static readonly string[] Header = ["plan_id", "pool", "uscc", "name", "last_inspectors", "note"];

    public static byte[] Write(IEnumerable<PoolEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var stream = new MemoryStream();
        using (var writer = CsvWriter.Create(stream, CsvWriterOptions.Default with { Separator = ',', NewLine = "\n" }, leaveOpen: true))
        {
            foreach (var cell in Header)
            {
                writer.WriteField(cell);
            }

            writer.EndRecord();
            foreach (var e in entries)
            {
                writer.WriteField(e.PlanId);
                writer.WriteField(e.Pool);
                writer.WriteField(e.Uscc);
                writer.WriteField(e.Name);
                writer.WriteField(string.Join(';', e.LastInspectors));
                writer.WriteField(e.Note ?? "");
                writer.EndRecord();
            }

            writer.Flush();
        }

        return stream.ToArray();
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
}
