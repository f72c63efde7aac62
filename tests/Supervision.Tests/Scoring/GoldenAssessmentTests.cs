using System.Text;
using Supervision.Rules.Scoring;
using Supervision.Tests.Support;

namespace Supervision.Tests.Scoring;

/// <summary>
/// data-samples scored at 2026-11-27 must reproduce the checked-in assessments byte for byte, so that every behaviour
/// change shows up as a reviewed diff. To accept an intended change, rerun with SUPERVISION_UPDATE_GOLDEN=1.
/// </summary>
public sealed class GoldenAssessmentTests
{
    private static readonly string GoldenFile = Path.Combine(RepoPaths.Root, "tests", "Supervision.Tests", "Golden", "assessments-2026-11-27.csv");

    [Fact]
    public void Score_DataSamples_ReproducesGoldenAssessments()
    {
        var actual = SampleScoring.ScoreToCsv(EngineMode.Memoized);
        if (Environment.GetEnvironmentVariable("SUPERVISION_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(GoldenFile)!);
            File.WriteAllBytes(GoldenFile, actual);
        }

        var expected = File.ReadAllBytes(GoldenFile);

        // Compared as text so that a failure shows the first differing line, but byte for byte.
        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Score_DirectAndMemoizedModes_GiveIdenticalOutput()
    {
        var memoized = SampleScoring.ScoreToCsv(EngineMode.Memoized);
        var direct = SampleScoring.ScoreToCsv(EngineMode.Direct);

        Assert.Equal(memoized, direct);
    }

    [Fact]
    public void Score_OneThreadAndAllCores_GiveIdenticalOutput()
    {
        var single = SampleScoring.ScoreToCsv(EngineMode.Memoized, parallelism: 1);
        var parallel = SampleScoring.ScoreToCsv(EngineMode.Memoized, parallelism: 4);

        Assert.Equal(single, parallel);
    }
}
