using System.Text.RegularExpressions;
using Supervision.Data.Import;
using Supervision.Data.Import.Slices;
using Supervision.Draws.Gates;
using Supervision.Model.Import;
using Supervision.Tests.Support;

namespace Supervision.Tests.Architecture;

/// <summary>The input files are declared once (<see cref="InputFiles"/>); everything that lists them follows the declaration.</summary>
public sealed partial class InputFilesTests
{
    [Fact]
    public void Partitioner_CutsExactlyThePerEnterpriseFiles_RegistryFirst()
    {
        Assert.Equal(InputFiles.All.Where(f => f.PerEnterprise).Select(f => f.Name), InputPartitioner.PerEnterpriseFiles);
        Assert.Equal(InputFiles.Enterprises, InputPartitioner.PerEnterpriseFiles[0]);
    }

    [Fact]
    public void Gates_RequireExactlyTheFilesDeclaredRequiredToDraw()
        => Assert.Equal(InputFiles.All.Where(f => f.RequiredToDraw).Select(f => f.Name), DrawGate.FilesThatMustHaveRows);

    [Fact]
    public void Loader_NamesTheDeclaredFiles()
        => Assert.Equal(
            [InputFiles.Enterprises, InputFiles.SafetyIndicators, InputFiles.CreditRecords, InputFiles.Inspections, InputFiles.Inspectors, InputFiles.LearnedRisk, InputFiles.Triggers],
            [PopulationLoader.EnterprisesFile, PopulationLoader.SafetyIndicatorsFile, PopulationLoader.CreditRecordsFile, PopulationLoader.InspectionsFile,
                PopulationLoader.InspectorsFile, PopulationLoader.LearnedRiskFile, TriggerImporter.FileName]);

    [Fact]
    public void ArchitectureDoc_ListsEveryDeclaredFile_AsDeclared()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "architecture.md"));
        var rows = TableRow().Matches(doc).Select(m => m.Groups.Cast<Group>().Skip(1).Select(g => g.Value.Trim()).ToArray()).ToList();

        Assert.Equal(
            InputFiles.All.Select(f => new[] { f.Name, f.Meaning, YesNo(f.RequiredToScore), YesNo(f.RequiredToDraw), YesNo(f.PerEnterprise) }),
            rows);
    }

    private static string YesNo(bool value) => value ? "yes" : "no";

    [GeneratedRegex(@"^\| `([a-z-]+\.csv)` \|([^|]+)\|([^|]+)\|([^|]+)\|([^|]+)\|$", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
