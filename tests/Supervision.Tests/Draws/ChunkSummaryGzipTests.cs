using System.IO.Compression;
using System.Text.Json;
using Supervision.Draws.Drawing;
using Supervision.Model.Import;
using Supervision.Model.Registry;
using Supervision.Runs;

namespace Supervision.Tests.Draws;

/// <summary>Chunk summaries are read back into compact candidates that hold exactly what was stored.</summary>
public sealed class ChunkSummaryGzipTests
{
    private static readonly JsonSerializerOptions Utf8Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    private static readonly ChunkSummary Summary = new(
        [new ImportReport("enterprises.csv", "UTF-8", 3, 3, 0, [])],
        [
            new DrawCandidate("91210800MA1A4KGJ1A", "营口丰天通\"跨境\"电子商务有限公司", "F5292", "综合保税区", OperatingStatus.Operating, "II", 0.10m, 1, false,
                "routine", null, [], new Dictionary<string, int>(), []),
            new DrawCandidate("91210811968441860L", "营口博顺泰, 供应链", "F5292", "综合保税区", OperatingStatus.Dormant, "IV", 0.03m, 2, true,
                "trigger_only", null, ["JT1504", "JT3968"], new Dictionary<string, int> { ["市场监管局"] = 1, ["应急管理局"] = 2 },
                [new TriggerRecord("91210811968441860L", new DateOnly(2026, 11, 1), "complaint", "12315-1")]),
            new DrawCandidate("91210804MA7YK6T51E", "", "", "", OperatingStatus.Revoked, "", 0m, 0, false, "", "not assessed",
                ["JT1504"], new Dictionary<string, int> { ["市场监管局"] = 1 }, []),
        ]);

    [Fact]
    public void Decompress_WhatCompressWrote_HoldsWhatWasCompressed()
    {
        var stored = ChunkSummaryGzip.Compress(Summary);

        var read = ChunkSummaryGzip.Decompress(new MemoryStream(stored));

        Assert.Equal(Describe(Summary), Describe(read));
        Assert.Equal(Summary.Reports.Select(r => r.ToString()), read.Reports.Select(r => r.ToString()));
        Assert.StartsWith("SVCS3\n", System.Text.Encoding.UTF8.GetString(Inflate(stored)), StringComparison.Ordinal);
    }

    [Fact]
    public void Decompress_PendingApprovals_AreReadAsWritten()
    {
        // What an approval-verification plan draws from: every field, including a finding dated after the as-of date.
        Approval[] approvals =
        [
            new("营自贸审承〔2026〕000000100号", "91210811968441860L", ApprovalKind.Commitment, "特种设备使用登记", "市场监管局", new DateOnly(2026, 11, 23),
                ["申请人符合许可条件", "已具备相应的经营场所和设施"], null, null),
            new("营自贸审信〔2026〕000000200号", "91210811968441860L", ApprovalKind.Credit, "食品经营许可", "市场监管局", new DateOnly(2026, 11, 25),
                [], new DateOnly(2026, 12, 3), false),
        ];
        var summary = Summary with { Candidates = [Summary.Candidates[0], Summary.Candidates[1] with { PendingApprovals = approvals }, Summary.Candidates[2]] };

        var read = ChunkSummaryGzip.Decompress(new MemoryStream(ChunkSummaryGzip.Compress(summary)));

        Assert.Empty(read.Candidates[0].PendingApprovals);
        static string Text(Approval a)
            => $"{a.ApprovalNo} {a.Uscc} {a.Kind} {a.Matter} {a.Department} {a.GrantedOn} [{string.Join('|', a.CommitmentItems)}] {a.VerifiedOn} {a.CommitmentTrue}";
        Assert.Equal(approvals.Select(Text), read.Candidates[1].PendingApprovals.Select(Text));
        Assert.Equal(Describe(summary), Describe(read));
    }

    [Fact]
    public void Decompress_ASummaryStoredAsJson_ReadsTheSame()
    {
        // Sessions 4 and 5 stored the JSON form, Chinese as UTF-8: a run planned then is drawn from it after an upgrade.
        var read = ChunkSummaryGzip.Decompress(new MemoryStream(Gzip(JsonSerializer.SerializeToUtf8Bytes(Summary, Utf8Json))));

        Assert.Equal(Describe(Summary), Describe(read));
        Assert.Equal(Summary.Reports.Select(r => r.ToString()), read.Reports.Select(r => r.ToString()));
        Assert.Same(read.Candidates[0].Region, read.Candidates[1].Region);
    }

    [Fact]
    public void Decompress_ASummaryWrittenWithEscapedChinese_ReadsTheSame()
    {
        // The form written before the summaries kept Chinese as UTF-8: \uXXXX escapes (the serializer's default).
        var stored = Gzip(JsonSerializer.SerializeToUtf8Bytes(Summary));

        var read = ChunkSummaryGzip.Decompress(new MemoryStream(stored));

        Assert.Contains("\\u8425", System.Text.Encoding.UTF8.GetString(Inflate(stored)), StringComparison.Ordinal);
        Assert.Equal(Describe(Summary), Describe(read));
    }

    [Fact]
    public void Compress_Chinese_IsWrittenAsUtf8()
        => Assert.Contains("营口", System.Text.Encoding.UTF8.GetString(Inflate(ChunkSummaryGzip.Compress(Summary))), StringComparison.Ordinal);

    [Fact]
    public void Decompress_RepeatedTexts_AreOneStringAndEmptyCollectionsAreShared()
    {
        var read = ChunkSummaryGzip.Decompress(new MemoryStream(ChunkSummaryGzip.Compress(Summary))).Candidates;

        Assert.Same(read[0].Region, read[1].Region);
        Assert.Same(read[0].IndustryCode, read[1].IndustryCode);
        Assert.Same(read[1].LastInspectors[0], read[2].LastInspectors[0]);
        Assert.Same(read[1].InspectionsThisYear.Keys.First(), read[2].InspectionsThisYear.Keys.First());
        Assert.Same(read[0].Triggers, read[2].Triggers);
        Assert.Same(read[0].LastInspectors, Array.Empty<string>());
        Assert.Empty(read[0].InspectionsThisYear);
        Assert.Equal(2, read[1].InspectionsThisYear["应急管理局"]);
        Assert.Equal(0, read[1].InspectionsThisYear.GetValueOrDefault("税务局"));
    }

    [Fact]
    public void Decompress_SideBySide_EveryChunkReadsTheSame()
    {
        var stored = ChunkSummaryGzip.Compress(Summary);
        var expected = Describe(Summary);

        var read = new string[64];
        Parallel.For(0, read.Length, i => read[i] = Describe(ChunkSummaryGzip.Decompress(new MemoryStream(stored))));

        Assert.All(read, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Decompress_ARatiosScale_IsKept()
    {
        // 0.10 and 0.1 are equal decimals but are written differently in the draw record.
        var read = ChunkSummaryGzip.Decompress(new MemoryStream(ChunkSummaryGzip.Compress(Summary))).Candidates;

        Assert.Equal("0.10", read[0].Ratio.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static byte[] Inflate(byte[] stored)
    {
        using var gzip = new GZipStream(new MemoryStream(stored), CompressionMode.Decompress);
        using var json = new MemoryStream();
        gzip.CopyTo(json);
        return json.ToArray();
    }

    private static byte[] Gzip(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return buffer.ToArray();
    }

    private static string Describe(ChunkSummary summary)
        => string.Join('\n', summary.Candidates.Select(c => string.Join('|',
            c.Uscc, c.Name, c.IndustryCode, c.Region, c.Status, c.Category, c.Ratio.ToString(System.Globalization.CultureInfo.InvariantCulture), c.MinCount,
            c.Exempt, c.Regime, c.AssessmentError ?? "(null)", string.Join(';', c.LastInspectors),
            string.Join(';', c.InspectionsThisYear.Select(p => $"{p.Key}={p.Value}")),
            string.Join(';', c.Triggers.Select(t => $"{t.Uscc} {t.Date:yyyy-MM-dd} {t.Kind} {t.Reference}")))));
}
