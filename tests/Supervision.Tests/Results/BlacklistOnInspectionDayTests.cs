using Supervision.Application.Results;
using Supervision.Tests.Import;
using Supervision.Tests.Support;
using Supervision.Tests.Tolerance;

namespace Supervision.Tests.Results;

/// <summary>
/// The tolerance list excludes enterprises on the serious-dishonesty list on the inspection day; whether an enterprise is
/// on it is what the list rules say (a listing left open in credit-records.csv ends after three years by L-BL-EXPIRE),
/// as for its scores — not the record's end date alone.
/// </summary>
public sealed class BlacklistOnInspectionDayTests
{
    private const string Uscc = "91210804007505394B";
    private const string Finding = "SJ-2026-12-SC/91210804007505394B/1#SJ-MB-01";

    [Fact]
    public void AListingTheRulesEndedBeforeTheInspection_NoLongerExcludesTheFinding()
    {
        using var data = new TempDirectory();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.DataSamples, "*.csv"))
        {
            File.Copy(file, Path.Combine(data.Path, Path.GetFileName(file)));
        }

        var credit = Path.Combine(data.Path, "credit-records.csv");
        var lines = File.ReadAllLines(credit);
        var listing = Array.FindIndex(lines, l => l.StartsWith(Uscc + ",blacklist,", StringComparison.Ordinal));
        Assert.True(listing > 0);
        var fields = lines[listing].Split(',');
        Assert.Equal("", fields[3]);
        using var listed = new TempDirectory();
        using var expired = new TempDirectory();
        File.Copy(SampleResults.LedgerSeedPath, Path.Combine(listed.Path, "ledger.csv"));
        File.Copy(SampleResults.LedgerSeedPath, Path.Combine(expired.Path, "ledger.csv"));

        var whileListed = Decide(data.Path, listed.Path);
        fields[2] = "2023-11-01"; // open in the file; the list rules end it on 2026-11-01, before the inspection of 2026-12-02
        lines[listing] = string.Join(',', fields);
        File.WriteAllLines(credit, lines);
        var afterExpiry = Decide(data.Path, expired.Path);

        Assert.Contains("列入严重违法失信名单", whileListed, StringComparison.Ordinal);
        Assert.DoesNotContain("列入严重违法失信名单", afterExpiry, StringComparison.Ordinal);
    }

    private static string Decide(string dataDirectory, string outDirectory)
    {
        var summary = DecideResults.Decide(ShippedBundle.Bundle, ShippedTolerance.Decider, dataDirectory, SampleResults.Draw, SampleResults.ResultsPath,
            Path.Combine(outDirectory, "ledger.csv"), outDirectory, SampleResults.DecidedOn);
        return summary.Decided.Single(d => d.Decision.FindingId == Finding).Decision.Reason;
    }
}
