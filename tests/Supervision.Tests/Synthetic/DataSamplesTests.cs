using Supervision.Data.Import;
using Supervision.Synthetic;
using Supervision.Tests.Import;

namespace Supervision.Tests.Synthetic;

/// <summary>
/// data-samples/ is the generator's output for 4,000 enterprises, seed 20261127, as of 2026-11-27: regenerating it must
/// give the checked-in files byte for byte, so that every change of the generator shows up as a reviewed diff.
/// </summary>
public sealed class DataSamplesTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Theory]
    [InlineData(PopulationLoader.EnterprisesFile)]
    [InlineData(PopulationLoader.SafetyIndicatorsFile)]
    [InlineData(PopulationLoader.CreditRecordsFile)]
    [InlineData(PopulationLoader.CreditRepairsFile)]
    [InlineData(PopulationLoader.InspectionsFile)]
    [InlineData(PopulationLoader.InspectorsFile)]
    public void Regenerate_SampleOptions_ByteIdenticalToCheckedInFile(string file)
    {
        SyntheticWriter.Write(directory.Path, Populations.SampleOptions());

        var regenerated = File.ReadAllBytes(Path.Combine(directory.Path, file));

        var checkedIn = Path.Combine(Repository.DataSamplesDirectory, file);
        Assert.True(File.Exists(checkedIn), $"{checkedIn} is missing: regenerate data-samples/ (see data-samples/README.md)");
        Assert.True(regenerated.AsSpan().SequenceEqual(File.ReadAllBytes(checkedIn)),
            $"{file} differs from the generator's output: review the generator change, then regenerate data-samples/ (see data-samples/README.md)");
    }

    [Fact]
    public void Readme_DescribesEveryFileAndColumn()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.DataSamplesDirectory, "README.md"));
        var files = new Dictionary<string, IReadOnlyList<string>>
        {
            [PopulationLoader.EnterprisesFile] = SyntheticWriter.EnterpriseHeader,
            [PopulationLoader.SafetyIndicatorsFile] = [.. Populations.SampleOptions().SafetyColumns.Select(c => c.Name)],
            [PopulationLoader.CreditRecordsFile] = SyntheticWriter.CreditRecordHeader,
            [PopulationLoader.CreditRepairsFile] = [.. CreditRepairImporter.Columns.Select(c => c.Name)],
            [PopulationLoader.InspectionsFile] = SyntheticWriter.InspectionHeader,
            [PopulationLoader.InspectorsFile] = SyntheticWriter.InspectorHeader,
        };

        Assert.All(files, file =>
        {
            Assert.Contains($"## {file.Key}", readme, StringComparison.Ordinal);
            Assert.All(file.Value.Where(c => c != "uscc"), column => Assert.Contains($"| `{column}` |", readme, StringComparison.Ordinal));
        });
        Assert.Contains("supervision generate --count 4000 --seed 20261127 --as-of 2026-11-27 --out data-samples", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckedInSamples_ImportWithoutRejectedRows()
    {
        var population = PopulationLoader.Load(Repository.DataSamplesDirectory, Repository.SafetyColumns);

        Assert.All(population.Reports, r => Assert.Equal((0L, 0), (r.Rejected, r.Issues.Count)));
        Assert.Equal(Populations.SampleCount, population.Enterprises.Count);
    }
}
