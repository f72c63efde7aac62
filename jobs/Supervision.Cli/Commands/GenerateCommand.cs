using System.CommandLine;
using System.Globalization;
using Supervision.Synthetic;

namespace Supervision.Cli.Commands;

/// <summary>`supervision generate`: a synthetic population from a seed.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--count") { Description = "number of enterprises", DefaultValueFactory = _ => 4000 };
        var seed = new Option<long>("--seed") { Description = "seed: the same seed, count and as-of give byte-identical files", DefaultValueFactory = _ => 20261127 };
        var asOf = new Option<string>("--as-of") { Description = "date the population describes (yyyy-MM-dd)", DefaultValueFactory = _ => "2026-11-27" };
        var output = new Option<string>("--out") { Description = "directory to write the five CSV files into", Required = true };
        OutputPath.MustBeDirectory(output);
        var rules = CommonOptions.Rules();
        var command = new Command("generate",
            "Generate a synthetic population of N enterprises (registry, safety indicators, credit records, inspection history, inspector directory) from a seed, for tests and benchmarks.")
        {
            count, seed, asOf, output, rules,
        };
        command.SetAction(parse => Run(parse.GetValue(count), parse.GetValue(seed), parse.GetValue(asOf)!, parse.GetValue(output)!, parse.GetValue(rules)!));
        return command;
    }

    private static int Run(int count, long seed, string asOfText, string output, string rulesDir)
    {
        if (!DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asOf))
        {
            Console.Error.WriteLine($"--as-of '{asOfText}' is not a date; use yyyy-MM-dd");
            return ExitCodes.Usage;
        }

        var bundle = BundleLoading.Load(rulesDir, "nothing was generated");
        if (bundle is null)
        {
            return BundleLoading.FailureCode(rulesDir);
        }

        var options = SyntheticOptions.ForBundle(count, seed, asOf, bundle.Bundle);
        try
        {
            options.Validate();
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return ExitCodes.Usage;
        }

        var summary = SyntheticWriter.Write(output, options, new ConsoleProgress("generated", count));
        Console.Error.WriteLine();
        Console.WriteLine($"wrote {summary.Enterprises} enterprises, {summary.CreditRecords} credit records, {summary.ListApplications} list applications, {summary.Complaints} complaints, {summary.Approvals} approvals, "
            + $"{summary.Inspections} inspections, {summary.Inspectors} inspectors to {output}");
        return ExitCodes.Ok;
    }
}
