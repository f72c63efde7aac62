using System.Text;
using Supervision.Data.Import;
using Supervision.Data.Scoring;
using Supervision.Synthetic;
using Supervision.Tests.Import;

namespace Supervision.Tests.Synthetic;

public sealed class SyntheticWriterTests : IDisposable
{
    private static readonly string[] Files =
    [
        PopulationLoader.EnterprisesFile, PopulationLoader.SafetyIndicatorsFile, PopulationLoader.CreditRecordsFile,
        PopulationLoader.InspectionsFile, PopulationLoader.InspectorsFile,
    ];

    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Write_SameOptionsTwice_ByteIdenticalFiles()
    {
        var first = Path.Combine(directory.Path, "a");
        var second = Path.Combine(directory.Path, "b");

        SyntheticWriter.Write(first, Options(500, 11));
        SyntheticWriter.Write(second, Options(500, 11));

        Assert.All(Files, f => Assert.Equal(File.ReadAllBytes(Path.Combine(first, f)), File.ReadAllBytes(Path.Combine(second, f))));
    }

    [Fact]
    public void Write_DifferentSeed_EveryFileDiffers()
    {
        var first = Path.Combine(directory.Path, "a");
        var second = Path.Combine(directory.Path, "b");

        SyntheticWriter.Write(first, Options(200, 11));
        SyntheticWriter.Write(second, Options(200, 12));

        Assert.All(Files, f => Assert.NotEqual(File.ReadAllBytes(Path.Combine(first, f)), File.ReadAllBytes(Path.Combine(second, f))));
    }

    [Fact]
    public void Write_Files_ImportWithoutRejectedRowsOrWarnings()
    {
        var summary = SyntheticWriter.Write(directory.Path, Options(1500, 13));

        var population = PopulationLoader.Load(directory.Path, Repository.SafetyColumns);

        Assert.All(population.Reports, r => Assert.Equal((0L, 0), (r.Rejected, r.Issues.Count)));
        Assert.Equal(summary.Enterprises, population.Enterprises.Count);
        Assert.Equal(summary.Enterprises, population.Indicators.Count);
        Assert.Equal(summary.CreditRecords, population.CreditRecords.Sum(g => g.Count()));
        Assert.Equal(summary.Inspections, population.Inspections.Sum(g => g.Count()));
        Assert.Equal(summary.Inspectors, population.Inspectors.Count);
    }

    [Fact]
    public void Write_Files_ReadBackAsGenerated()
    {
        var options = Options(300, 14);
        SyntheticWriter.Write(directory.Path, options);
        var generated = new PopulationGenerator(options).Enterprises().ToList();

        var population = PopulationLoader.Load(directory.Path, Repository.SafetyColumns);

        Assert.Equal(generated.Select(g => g.Enterprise), population.Enterprises);
        Assert.All(generated, g => Assert.Equal(g.SafetyValues, population.Indicators[g.Enterprise.Uscc]));
        Assert.All(generated, g => Assert.Equal(g.CreditRecords, population.CreditRecords[g.Enterprise.Uscc]));
        Assert.All(generated, g => Assert.Equal(
            g.Inspections.Select(i => (i.InspectionId, i.Date, i.Department, string.Join(";", i.Inspectors), i.ViolationFound, string.Join(";", i.Items))),
            population.Inspections[g.Enterprise.Uscc].Select(i => (i.InspectionId, i.Date, i.Department, string.Join(";", i.Inspectors), i.ViolationFound, string.Join(";", i.Items)))));
    }

    [Fact]
    public void Write_Files_Utf8WithBomAndExactHeaders()
    {
        SyntheticWriter.Write(directory.Path, Options(20, 15));

        var headers = Files.ToDictionary(f => f, f => File.ReadLines(Path.Combine(directory.Path, f), Encoding.UTF8).First());

        Assert.All(Files, f => Assert.Equal(Encoding.UTF8.Preamble.ToArray(), File.ReadAllBytes(Path.Combine(directory.Path, f))[..3]));
        Assert.Equal("uscc,name,industry_code,region,district,grid,registration_date,status,new_business_form", headers[PopulationLoader.EnterprisesFile]);
        Assert.Equal("uscc," + string.Join(",", Repository.SafetyColumns.Select(c => c.Name)), headers[PopulationLoader.SafetyIndicatorsFile]);
        Assert.Equal("uscc,record_type,start_date,end_date,grade,amount,document_no,basis", headers[PopulationLoader.CreditRecordsFile]);
        Assert.Equal("inspection_id,uscc,date,department,inspectors,violation_found,items", headers[PopulationLoader.InspectionsFile]);
        Assert.Equal("inspector_id,name,department,certificate_no,certificate_valid_to,region,certifications,conflicts", headers[PopulationLoader.InspectorsFile]);
    }

    [Fact]
    public void Write_MissingShare_EmptyCellsImportAsMissing()
    {
        SyntheticWriter.Write(directory.Path, Options(1000, 16) with { MissingShare = 0.1 });
        var training = Populations.Column(SafetyValues.SafetyTrainingRate);

        var population = PopulationLoader.Load(directory.Path, Repository.SafetyColumns);

        Assert.InRange(population.Indicators.Values.Count(v => v[training] is null), 60, 140);
        Assert.All(population.Reports, r => Assert.Equal(0L, r.Rejected));
    }

    [Fact]
    public void Write_Summary_CountsIntendedMix()
    {
        var summary = SyntheticWriter.Write(directory.Path, Options(400, 17));

        Assert.Equal(400, summary.CreditClasses.Values.Sum());
        Assert.Equal(400, summary.SafetyLevels.Values.Sum());
        Assert.Equal(["A", "B", "C", "D"], summary.CreditClasses.Keys);
    }

    [Fact]
    public void ForBundle_DefaultBundle_ColumnsTheScorerReads()
    {
        var options = SyntheticOptions.ForBundle(1, 1, Populations.SampleAsOf, Repository.DefaultBundle);

        Assert.Equal(new FactBuilder(Repository.CompiledDefaultBundle).SafetyColumns, options.SafetyColumns);
        Assert.Equal(17, options.SafetyColumns.Count);
    }

    private static SyntheticOptions Options(int count, long seed) => new(count, seed, Populations.SampleAsOf, Repository.SafetyColumns);
}
