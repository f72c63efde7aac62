using System.Text;
using System.Text.Json;
using Supervision.Data.Import;
using Supervision.Data.Import.Slices;
using Supervision.Data.Scoring;
using Supervision.Model.Import;
using Supervision.Model.Indicators;
using Supervision.Tests.Support;

namespace Supervision.Tests.Import;

/// <summary>
/// The nightly run's chunks import slices of the files, not the files: what they import together must be exactly what
/// importing the whole files gives — the same rows in the same order, the same report with the file's line numbers.
/// </summary>
public sealed class InputPartitionerTests : IDisposable
{
    private static readonly IndicatorColumn[] Columns = [new("hazard_score", IndicatorType.Number, [], 0, 100)];

    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Theory]
    [InlineData(700, 4096)]
    [InlineData(4000, 1 << 20)]
    [InlineData(1, 1 << 20)]
    public async Task Partition_DataSamples_ChunksTogetherImportWhatTheWholeFilesGive(int chunkSize, int partBytes)
    {
        var columns = new FactBuilder(ShippedBundle.Bundle).SafetyColumns;
        if (chunkSize == 1)
        {
            // One enterprise per chunk: 4,000 chunks; a prefix of the registry keeps the test fast.
            File.WriteAllLines(Path.Combine(directory.Path, PopulationLoader.EnterprisesFile),
                File.ReadLines(Path.Combine(RepoPaths.DataSamples, PopulationLoader.EnterprisesFile)).Take(60));
            foreach (var file in new[] { PopulationLoader.SafetyIndicatorsFile, PopulationLoader.CreditRecordsFile, PopulationLoader.InspectionsFile, PopulationLoader.InspectorsFile })
            {
                File.Copy(Path.Combine(RepoPaths.DataSamples, file), Path.Combine(directory.Path, file));
            }
        }

        var data = chunkSize == 1 ? directory.Path : RepoPaths.DataSamples;
        var whole = PopulationLoader.Load(data, columns);
        var (partition, slices) = await PartitionAsync(data, chunkSize, partBytes);

        Assert.Equal((whole.Enterprises.Count + chunkSize - 1) / chunkSize, partition.Chunks);
        Assert.Equal(Supervision.Application.Nightly.DataFingerprint.Compute(data), Supervision.Application.Nightly.DataFingerprint.Combine(partition.FileHashes));
        AssertSameAsWhole(whole, partition, slices, columns);
    }

    [Fact]
    public async Task Partition_MessyFiles_ReportsEveryProblemOnceOnTheFilesLines()
    {
        var (a, b, c, stranger) = (TestUscc.Valid(1), TestUscc.Valid(2), TestUscc.Valid(3), TestUscc.Valid(99));
        var registry = new StringBuilder();
        registry.Append("\r\n");
        registry.Append("uscc,name,industry_code,region,grid,registration_date,status,new_business_form,extra\r\n");
        registry.Append($"\"{a}\",\"甲, 有限公司\",C2614,鲅鱼圈区,G1,2020-01-01,operating,false,x\r\n");
        registry.Append(",,,,,,,,\r\n");
        registry.Append($" {b} ,乙公司,C2614,鲅鱼圈区,G1,2020-01-01,operating,false,x\r\n");
        registry.Append($"{a},重复,C2614,鲅鱼圈区,G1,2020-01-01,operating,false,x\r\n");
        registry.Append($"{c},\"broken quote,C2614,鲅鱼圈区,G1,2020-01-01,operating,false,x\r\n");
        registry.Append("\r\n");
        registry.Append($"{c},丙公司,C2614,鲅鱼圈区,G1,2020-13-01,operating,false,x\r\n");
        registry.Append($"NOT-A-USCC,丁公司,C2614,鲅鱼圈区,G1,2020-01-01,operating,false,x");
        File.WriteAllText(Path.Combine(directory.Path, PopulationLoader.EnterprisesFile), registry.ToString(), TempDirectory.Gb18030);
        directory.Write(PopulationLoader.SafetyIndicatorsFile, ["uscc,hazard_score", $"{b},42", $"{stranger},1", $"{a},x", $"{b},43", $"{c},5", ",,"]);
        directory.Write(PopulationLoader.CreditRecordsFile,
        [
            "uscc,record_type,start_date,end_date,grade,amount,document_no,basis",
            $"{a},penalty,2023-04-01,,,100,DOC-1,",
            $"{stranger},penalty,2023-04-01,,,100,DOC-3,",
            $"{b},blacklist,2023-05-01,,,,DOC-2,",
        ], new UTF8Encoding(true));

        directory.Write(PopulationLoader.InspectionsFile,
        [
            "inspection_id,uscc,date,department,inspectors,violation_found,items",
            $"INS-1,{a},2024-03-15,EM,P001;P002,true,",
            $"INS-2,{b},2024-03-15,EM,P001;P002,false,",
            $"INS-1,{b},2024-04-15,EM,P001;P002,false,",
            $"INS-3,{stranger},2024-04-15,EM,P001;P002,false,",
            $"INS-3,{a},2024-05-15,EM,P001;P002,false,",
            $"INS-2,{b},2024-06-15,EM,P001;P002,false,",
            $"INS-1,{c},2024-07-15,EM,P001;P002,false,",
        ]);

        var whole = PopulationLoader.Load(directory.Path, Columns);
        foreach (var chunkSize in new[] { 1, 2, 10 })
        {
            var (partition, slices) = await PartitionAsync(directory.Path, chunkSize, 64);
            AssertSameAsWhole(whole, partition, slices, Columns);
        }

        Assert.Contains(whole.Reports[0].Issues, i => i.Line == 6 && i.Reason.Contains("duplicate uscc: first occurrence on line 3", StringComparison.Ordinal));
        Assert.Contains(whole.Reports[3].Issues, i => i.Line == 4 && i.Reason.Contains("duplicate inspection_id: first occurrence on line 2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Partition_MixedEncodings_ChunksRejectTheLinesTheWholeFilesReject()
    {
        var (a, b, c) = (TestUscc.Valid(1), TestUscc.Valid(2), TestUscc.Valid(3));
        var gb = TempDirectory.Gb18030;
        using (var registry = File.Create(Path.Combine(directory.Path, PopulationLoader.EnterprisesFile)))
        {
            registry.Write("\uFEFFuscc,name,industry_code,region,grid,registration_date,status,new_business_form\n"u8);
            registry.Write(Encoding.UTF8.GetBytes($"{a},营口丰天通跨境电子商务有限公司,C2614,鲅鱼圈区,G1,2020-01-01,operating,false\n"));
            registry.Write(Encoding.UTF8.GetBytes($"{b},营口博顺泰供应链管理有限公司,C2614,鲅鱼圈区,G1,2020-01-01,operating,false\n"));
            registry.Write(Encoding.Latin1.GetBytes($"{c},Müller GmbH,C2614,Nord,G1,2020-01-01,operating,false\n"));
            registry.Write(Encoding.UTF8.GetBytes($"{TestUscc.Valid(4)},鲅鱼圈区化工有限公司,C2614,鲅鱼圈区,G1,2020-01-01,operating,false\n"));
        }

        directory.Write(PopulationLoader.SafetyIndicatorsFile, ["uscc,hazard_score", $"{a},42", $"{c},7"]);
        using (var credit = File.Create(Path.Combine(directory.Path, PopulationLoader.CreditRecordsFile)))
        {
            credit.Write("uscc,record_type,start_date,end_date,grade,amount,document_no,basis\n"u8);
            credit.Write(gb.GetBytes($"{a},penalty,2023-04-01,,,100,DOC-1,《中华人民共和国广告法》第五十五条\n"));
            credit.Write(Encoding.UTF8.GetBytes($"{b},penalty,2023-04-01,,,100,DOC-2,《中华人民共和国广告法》第五十五条\n"));
            credit.Write(gb.GetBytes($"{b},penalty,2023-05-01,,,100,DOC-3,《安全生产法》第九十九条\n"));
            credit.Write(gb.GetBytes($"{a},penalty,2023-06-01,,,100,DOC-4,《安全生产法》第九十九条"));
        }

        var whole = PopulationLoader.Load(directory.Path, Columns);
        foreach (var (chunkSize, partBytes) in new[] { (1, 64), (2, 1 << 20), (10, 100) })
        {
            var (partition, slices) = await PartitionAsync(directory.Path, chunkSize, partBytes);
            AssertSameAsWhole(whole, partition, slices, Columns);
        }

        var enterprises = whole.Reports.Single(r => r.File.EndsWith(PopulationLoader.EnterprisesFile, StringComparison.Ordinal));
        var credits = whole.Reports.Single(r => r.File.EndsWith(PopulationLoader.CreditRecordsFile, StringComparison.Ordinal));
        Assert.Equal(("UTF-8", true, 1L), (enterprises.Encoding, enterprises.EncodingInconsistent, enterprises.Rejected));
        Assert.Equal([(4L, "name")], enterprises.Issues.Where(i => i.Severity == IssueSeverity.Error).Select(i => (i.Line, i.Column)));
        Assert.Equal(("GB18030", true, 1L), (credits.Encoding, credits.EncodingInconsistent, credits.Rejected));
        Assert.Equal([(3L, "basis")], credits.Issues.Where(i => i.Severity == IssueSeverity.Error).Select(i => (i.Line, i.Column)));
        Assert.Equal(["营口丰天通跨境电子商务有限公司", "营口博顺泰供应链管理有限公司", "鲅鱼圈区化工有限公司"], whole.Enterprises.Select(e => e.Name));
    }

    [Fact]
    public async Task Partition_NoKeyColumn_SendsEveryLineToChunkZero()
    {
        directory.Write(PopulationLoader.EnterprisesFile,
            ["uscc,name,industry_code,region,grid,registration_date,status", $"{TestUscc.Valid(1)},甲,C2614,R,G,2020-01-01,operating", $"{TestUscc.Valid(2)},乙,C2614,R,G,2020-01-01,operating"]);
        directory.Write(PopulationLoader.SafetyIndicatorsFile, ["code,hazard_score", $"{TestUscc.Valid(2)},42"]);

        var whole = PopulationLoader.Load(directory.Path, Columns);
        var (partition, slices) = await PartitionAsync(directory.Path, 1, 1 << 20);

        Assert.Equal(2, partition.Chunks);
        Assert.Equal([2, 1], slices.Where(s => s.FileName == PopulationLoader.SafetyIndicatorsFile).OrderBy(s => s.ChunkNo).Select(s => s.Lines.Length));
        AssertSameAsWhole(whole, partition, slices, Columns);
    }

    private static async Task<(InputPartition Partition, List<InputSlice> Slices)> PartitionAsync(string data, int chunkSize, int partBytes)
    {
        var slices = new List<InputSlice>();
        var partition = await new InputPartitioner(chunkSize, partBytes).PartitionAsync(data, false, (slice, _) =>
        {
            slices.Add(slice);
            return ValueTask.CompletedTask;
        }, CancellationToken.None);
        return (partition, slices);
    }

    private static void AssertSameAsWhole(Population whole, InputPartition partition, List<InputSlice> slices, IReadOnlyList<IndicatorColumn> columns)
    {
        var chunks = Enumerable.Range(0, partition.Chunks)
            .Select(chunk => PopulationLoader.Load(new InputSliceSource(slices.Where(s => s.ChunkNo == chunk)), columns, false, withInspectors: false))
            .ToList();
        var shared = new InputSliceSource(slices.Where(s => s.ChunkNo == InputSlice.Global));
        var inspectors = PopulationLoader.LoadOptional(shared, PopulationLoader.InspectorsFile, "inspectors", InspectorImporter.Import);

        Assert.Equal(Json(whole.Enterprises), Json(chunks.SelectMany(c => c.Enterprises)));
        Assert.Equal(whole.Indicators.Count, chunks.Sum(c => c.Indicators.Count));
        foreach (var chunk in chunks)
        {
            foreach (var (uscc, values) in chunk.Indicators)
            {
                Assert.Equal(whole.Indicators[uscc], values);
            }
        }

        var credit = chunks.SelectMany(c => c.CreditRecords).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        Assert.Equal(whole.CreditRecords.Count, credit.Count);
        Assert.All(whole.CreditRecords, g => Assert.Equal(Json(g), Json(credit[g.Key])));
        var inspections = chunks.SelectMany(c => c.Inspections).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        Assert.Equal(whole.Inspections.Count, inspections.Count);
        Assert.All(whole.Inspections, g => Assert.Equal(Json(g), Json(inspections[g.Key])));
        Assert.Equal(Json(whole.Inspectors), Json(inspectors.Rows));

        var merged = ImportReportMerge.Merge(chunks.SelectMany(c => c.Reports)).ToList();
        merged.Insert(4, inspectors.Report);
        Assert.Equal(Describe(whole.Reports), Describe(merged));
    }

    private static string Json<T>(IEnumerable<T> rows) => JsonSerializer.Serialize(rows.ToList());

    private static string[] Describe(IEnumerable<ImportReport> reports)
        => [.. reports.SelectMany(r => new[] { $"{r} inconsistent={r.EncodingInconsistent}" }.Concat(r.Issues.Select(i => i.ToString())))];
}
