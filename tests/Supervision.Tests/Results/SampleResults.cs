using Supervision.Application.Results;
using Supervision.Data.Results;
using Supervision.Draws.Record;
using Supervision.Tests.Support;
using Supervision.Tests.Tolerance;

namespace Supervision.Tests.Results;

/// <summary>The sample results of the golden draw, decided on 2026-12-31 into a fresh directory.</summary>
internal static class SampleResults
{
    public static readonly DateOnly DecidedOn = new(2026, 12, 31);

    public static string DrawRecordPath => Path.Combine(RepoPaths.Root, "tests", "Supervision.Tests", "Golden", "draw-2026-11-27", "draw-record.json");

    public static string ResultsPath => Path.Combine(RepoPaths.DataSamples, "results", "results-2026-12.csv");

    public static string LedgerSeedPath => Path.Combine(RepoPaths.DataSamples, "results", "ledger-seed.csv");

    public static DrawRecord Draw => RecordJson.Read(DrawRecordPath);

    /// <summary>Runs `results decide` on the samples into <paramref name="outDirectory"/> with a copy of the ledger seed.</summary>
    public static DecideSummary Decide(string outDirectory)
    {
        var ledger = Path.Combine(outDirectory, "ledger.csv");
        if (!File.Exists(ledger))
        {
            Directory.CreateDirectory(outDirectory);
            File.Copy(LedgerSeedPath, ledger);
        }

        return DecideResults.Decide(ShippedBundle.Bundle, ShippedTolerance.Decider, RepoPaths.DataSamples, Draw, ResultsPath, ledger, outDirectory, DecidedOn);
    }
}
