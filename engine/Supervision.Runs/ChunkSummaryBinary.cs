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
/// each as a 7-bit count plus one (0 for none stored) followed by the entries; pending approvals (a 7-bit count, then
/// number, USCC, kind int32, matter, department, granted day number, commitment items as a 7-bit count and texts,
/// verified day number or -1, finding byte 0 none / 1 true / 2 false). After the last candidate, when the chunk raised
/// any, its alerts as JSON. Summaries in the form before pending approvals (SVCS2) are still read.
/// </remarks>
internal static class ChunkSummaryBinary
{
    /// <summary>The first bytes of the binary form; the JSON form starts with '{'.</summary>
    public static ReadOnlySpan<byte> Magic => "SVCS3\n"u8;

    /// <summary>The form before candidates carried their pending approvals (read, never written).</summary>
    private static ReadOnlySpan<byte> MagicWithoutApprovals => "SVCS2\n"u8;

    /// <summary>True when <paramref name="stored"/> is the binary form, this one or the one before pending approvals.</summary>
    public static bool IsBinary(ReadOnlySpan<byte> stored) => stored.StartsWith(Magic) || stored.StartsWith(MagicWithoutApprovals);

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

            writer.Write7BitEncodedInt(c.PendingApprovals.Count);
            foreach (var approval in c.PendingApprovals)
            {
                WriteApproval(writer, approval);
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
        var withApprovals = stored.StartsWith(Magic);
        if (!IsBinary(stored))
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
            if (withApprovals && reader.Read7BitEncodedInt() is var pending and > 0)
            {
                var approvals = new Approval[pending];
                for (var a = 0; a < pending; a++)
                {
                    approvals[a] = ReadApproval(ref reader, pool);
                }

                candidates[i] = candidates[i] with { PendingApprovals = approvals };
            }
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

    private static void WriteApproval(BinaryWriter writer, Approval approval)
    {
        writer.Write(approval.ApprovalNo);
        writer.Write(approval.Uscc);
        writer.Write((int)approval.Kind);
        writer.Write(approval.Matter);
        writer.Write(approval.Department);
        writer.Write(approval.GrantedOn.DayNumber);
        writer.Write7BitEncodedInt(approval.CommitmentItems.Count);
        foreach (var item in approval.CommitmentItems)
        {
            writer.Write(item);
        }

        // Not verified by the as-of date, but the file may already say what a later verification found.
        writer.Write(approval.VerifiedOn?.DayNumber ?? -1);
        writer.Write((byte)(approval.CommitmentTrue switch { null => 0, true => 1, false => 2 }));
    }

    private static Approval ReadApproval(ref SpanReader reader, StringPool pool)
    {
        var number = reader.ReadString();
        var uscc = reader.ReadString();
        var kind = (ApprovalKind)reader.ReadInt32();
        var matter = reader.ReadPooled(pool);
        var department = reader.ReadPooled(pool);
        var granted = DateOnly.FromDayNumber(reader.ReadInt32());
        var items = new string[reader.Read7BitEncodedInt()];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = reader.ReadPooled(pool);
        }

        var verified = reader.ReadInt32();
        var found = reader.ReadByte();
        return new Approval(number, uscc, kind, matter, department, granted, items,
            verified < 0 ? null : DateOnly.FromDayNumber(verified), found switch { 0 => null, 1 => true, _ => false });
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
