using System.Globalization;
using CsvHelper;
using Supervision.Rules.Compilation;
using Supervision.Rules.Scoring;

namespace Supervision.Data.Runs;

/// <summary>
/// The run store's form of a chunk's assessments: the columns of the assessments export, but lossless — numbers in
/// round-trip form, every outcome field even for failed evaluations, no formula escaping, UTF-8 without BOM, LF — so
/// that the draw reads back exactly what the chunk job computed and the export is rendered from it byte for byte.
/// </summary>
internal static class ChunkCsv
{
    private static readonly CsvWriterOptions WriterOptions = CsvWriterOptions.Default with { Separator = ',', NewLine = "\n" };

    private static readonly CsvReaderOptions ReaderOptions = CsvReaderOptions.Default with
    {
        Separator = ',',
        FieldCountMismatch = CsvFieldCountHandling.Throw,
        MalformedData = CsvMalformedDataHandling.Throw,
        IncludeValuesInExceptions = false,
        TrackLineNumbers = true,
    };

    public static void Write(Stream stream, IEnumerable<Assessment> assessments, CompiledBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        ArgumentNullException.ThrowIfNull(bundle);
        using var writer = CsvWriter.Create(stream, WriterOptions, leaveOpen: true);
        foreach (var header in Scoring.AssessmentCsv.Headers)
        {
            writer.WriteField(header);
        }

        writer.EndRecord();
        foreach (var a in assessments)
        {
            var o = a.Outcome;
            writer.WriteField(a.Uscc);
            writer.WriteField(a.Name);
            writer.WriteField(a.Facets.IndustryCode);
            writer.WriteField(a.Facets.Region);
            writer.WriteField(a.Facets.District);
            writer.WriteField(a.Facets.Grid);
            writer.WriteField(a.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteField(Number(o.SafetyScore));
            writer.WriteField(o.SafetyLevel);
            writer.WriteField(Number(o.CreditScore));
            writer.WriteField(o.CreditClass);
            writer.WriteField(o.Category);
            writer.WriteField(Number(o.Ratio));
            writer.WriteField(o.MinCount.ToString(CultureInfo.InvariantCulture));
            writer.WriteField(o.Exempt ? "true" : "false");
            writer.WriteField(o.Regime);
            writer.WriteField(string.Join(';', o.Hits.Select(h => bundle.Elements[h].Id)));
            writer.WriteField(a.BundleHash);
            writer.WriteField(o.Error ?? "");
            writer.EndRecord();
        }

        writer.Flush();
    }

    /// <exception cref="InvalidDataException">The file is not a chunk of this bundle.</exception>
    public static List<Assessment> Read(string path, CompiledBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var elements = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var element in bundle.Elements)
        {
            elements.TryAdd(element.Id, element.Index);
        }

        using var reader = CsvReader.FromFile(path, ReaderOptions);
        if (!reader.Headers.SequenceEqual(Scoring.AssessmentCsv.Headers))
        {
            throw new InvalidDataException($"{path}: not a chunk of assessments (header {string.Join(',', reader.Headers)})");
        }

        var assessments = new List<Assessment>();
        while (reader.Read())
        {
            var fired = reader.GetString(16);
            var hits = fired.Length == 0
                ? []
                : fired.Split(';').Select(id => elements.TryGetValue(id, out var index)
                    ? index
                    : throw new InvalidDataException($"{path}:{reader.LineNumber}: element '{id}' is not in bundle {bundle.Bundle.ContentHash}")).ToArray();
            var error = reader.GetString(18);
            var outcome = new Outcome(
                Parse(reader.GetString(7)), reader.GetString(8), Parse(reader.GetString(9)), reader.GetString(10), reader.GetString(11),
                Parse(reader.GetString(12)), int.Parse(reader.GetString(13), CultureInfo.InvariantCulture), reader.GetString(14) == "true",
                reader.GetString(15), hits, error.Length == 0 ? null : error);
            assessments.Add(new Assessment(reader.GetString(0), reader.GetString(1),
                DateOnly.ParseExact(reader.GetString(6), "yyyy-MM-dd", CultureInfo.InvariantCulture), reader.GetString(17), outcome,
                new EnterpriseFacets(reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5))));
        }

        return assessments;
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static double Parse(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
