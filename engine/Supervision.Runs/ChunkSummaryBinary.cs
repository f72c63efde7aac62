using System.Text;
using System.Text.Json;
using Supervision.Draws.Drawing;
using Supervision.Model.Import;
using Supervision.Model.Registry;
using Supervision.Rules.Alerts;

namespace Supervision.Runs;

/// <summary>
/// The binary form of a chunk summary (stored since session 6; see <see cref="ChunkSummaryGzip"/>): a magic line, the
/// import reports as JSON, then each candidate's fields in record order as a <see cref="BinaryWriter"/> writes them.
/// Reading it is several times cheaper than reading the JSON form, which spelt every property name for each of a
/// million candidates; the draws job reads them all before it can draw.
/// </summary>
/// <remarks>
/// Candidate fields: USCC, name, industry code, region (strings); status (int32); category (string); ratio (decimal,
/// scale kept); minimum count (int32); exempt (bool); regime (string); assessment error (bool present, then string);
/// last inspectors, inspections this year (key string, int32) and case leads (USCC, day number int32, kind, reference),
/// each as a 7-bit count plus one (0 for none stored) followed by the entries. After the last candidate, when the chunk
/// raised any, its alerts as JSON.
/// </remarks>
internal static class ChunkSummaryBinary
{
    /// <summary>The first bytes of the binary form; the JSON form starts with '{'.</summary>
    public static ReadOnlySpan<byte> Magic => "SVCS2\n"u8;

    public static void Write(ChunkSummary summary, Stream destination, JsonSerializerOptions reportOptions)
    {
        using var writer = new BinaryWriter(destination, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(JsonSerializer.Serialize(summary.Reports, reportOptions));
        writer.Write(summary.Candidates.Count);
        foreach (var c in summary.Candidates)
        {
            writer.Write(c.Uscc);
            writer.Write(c.Name);
            writer.Write(c.IndustryCode);
            writer.Write(c.Region);
            writer.Write((int)c.Status);
            writer.Write(c.Category);
            writer.Write(c.Ratio);
            writer.Write(c.MinCount);
            writer.Write(c.Exempt);
            writer.Write(c.Regime);
            writer.Write(c.AssessmentError is not null);
            if (c.AssessmentError is not null)
            {
                writer.Write(c.AssessmentError);
            }

            WriteCount(writer, c.LastInspectors?.Count);
            foreach (var inspector in c.LastInspectors ?? [])
            {
                writer.Write(inspector);
            }

            WriteCount(writer, c.InspectionsThisYear?.Count);
            foreach (var (department, count) in c.InspectionsThisYear ?? new Dictionary<string, int>())
            {
                writer.Write(department);
                writer.Write(count);
            }

            WriteCount(writer, c.Triggers?.Count);
            foreach (var trigger in c.Triggers ?? [])
            {
                writer.Write(trigger.Uscc);
                writer.Write(trigger.Date.DayNumber);
                writer.Write(trigger.Kind);
                writer.Write(trigger.Reference);
            }
        }

        // The chunk's alerts after the last candidate, as JSON (a few hundred a night): a summary stored before alerts
        // existed simply ends after its candidates.
        if (summary.Alerts.Alerts.Count > 0 || summary.Alerts.Failures.Count > 0)
        {
            writer.Write(JsonSerializer.Serialize(summary.Alerts, reportOptions));
        }
    }

    /// <summary>Reads a summary that starts with <see cref="Magic"/>; repeated texts come from <paramref name="pool"/>.</summary>
    public static ChunkSummary Read(ReadOnlySpan<byte> stored, StringPool pool, JsonSerializerOptions reportOptions)
    {
        if (!stored.StartsWith(Magic))
        {
            throw new InvalidDataException("a stored chunk summary is neither JSON nor the binary form");
        }

        var reader = new SpanReader(stored[Magic.Length..]);
        var reports = JsonSerializer.Deserialize<List<ImportReport>>(reader.ReadString(), reportOptions)
            ?? throw new InvalidDataException("a stored chunk summary has no import reports");
        var candidates = new DrawCandidate[reader.ReadInt32()];
        var inspectors = new List<string>();
        var counts = new List<KeyValuePair<string, int>>();
        for (var i = 0; i < candidates.Length; i++)
        {
            var uscc = reader.ReadString();
            var name = reader.ReadString();
            var industryCode = reader.ReadPooled(pool);
            var region = reader.ReadPooled(pool);
            var status = (OperatingStatus)reader.ReadInt32();
            var category = reader.ReadPooled(pool);
            var ratio = reader.ReadDecimal();
            var minCount = reader.ReadInt32();
            var exempt = reader.ReadBoolean();
            var regime = reader.ReadPooled(pool);
            var error = reader.ReadBoolean() ? reader.ReadPooled(pool) : null;
            candidates[i] = new DrawCandidate(uscc, name, industryCode, region, status, category, ratio, minCount, exempt, regime, error,
                ReadInspectors(ref reader, pool, inspectors)!, ReadCounts(ref reader, pool, counts)!, ReadTriggers(ref reader, pool)!);
        }

        var alerts = NightAlerts.Empty;
        if (!reader.AtEnd)
        {
            alerts = JsonSerializer.Deserialize<NightAlerts>(reader.ReadString(), reportOptions)
                ?? throw new InvalidDataException("a stored chunk summary has an empty alert list");
        }

        if (!reader.AtEnd)
        {
            throw new InvalidDataException("a stored chunk summary has bytes after its alerts");
        }

        return new ChunkSummary(reports, candidates) { Alerts = alerts };
    }

    private static void WriteCount(BinaryWriter writer, int? count) => writer.Write7BitEncodedInt(count is { } n ? n + 1 : 0);

    // Empty lists and maps are shared, as the JSON reader shares them.
    private static string[]? ReadInspectors(ref SpanReader reader, StringPool pool, List<string> scratch)
    {
        var stored = reader.Read7BitEncodedInt();
        if (stored == 0)
        {
            return null;
        }

        scratch.Clear();
        for (var i = 0; i < stored - 1; i++)
        {
            scratch.Add(reader.ReadPooled(pool));
        }

        return scratch.Count == 0 ? [] : [.. scratch];
    }

    private static IReadOnlyDictionary<string, int>? ReadCounts(ref SpanReader reader, StringPool pool, List<KeyValuePair<string, int>> scratch)
    {
        var stored = reader.Read7BitEncodedInt();
        if (stored == 0)
        {
            return null;
        }

        scratch.Clear();
        for (var i = 0; i < stored - 1; i++)
        {
            var department = reader.ReadPooled(pool);
            scratch.Add(new(department, reader.ReadInt32()));
        }

        return SmallCounts.Of(scratch);
    }

    private static TriggerRecord[]? ReadTriggers(ref SpanReader reader, StringPool pool)
    {
        var stored = reader.Read7BitEncodedInt();
        if (stored == 0)
        {
            return null;
        }

        if (stored == 1)
        {
            return [];
        }

        var triggers = new TriggerRecord[stored - 1];
        for (var i = 0; i < triggers.Length; i++)
        {
            var uscc = reader.ReadString();
            var date = DateOnly.FromDayNumber(reader.ReadInt32());
            var kind = reader.ReadPooled(pool);
            triggers[i] = new TriggerRecord(uscc, date, kind, reader.ReadString());
        }

        return triggers;
    }
}
