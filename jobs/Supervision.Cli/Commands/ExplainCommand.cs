using System.CommandLine;
using Supervision.Data.Import;
using Supervision.Data.Scoring;
using Supervision.Model.Registry;
using Supervision.Rules.Scoring;

namespace Supervision.Cli.Commands;

/// <summary>`supervision explain USCC`: why this enterprise has this category, with legal basis and source lines.</summary>
internal static class ExplainCommand
{
    public static Command Create(TimeProvider clock)
    {
        var uscc = new Argument<string>("uscc") { Description = "统一社会信用代码 of the enterprise" };
        var data = CommonOptions.Data();
        var rules = CommonOptions.Rules();
        var asOf = CommonOptions.AsOf();
        var command = new Command("explain", "Explain an enterprise's assessment: every rule and table row that decided, the values read, legal basis and source line.\n" + ExitCodes.Help)
        {
            uscc, data, rules, asOf,
        };
        command.SetAction(parse => Run(parse.GetValue(uscc)!, parse.GetValue(data)!, parse.GetValue(rules)!, parse.GetValue(asOf), clock));
        return command;
    }

    private static int Run(string uscc, string dataDir, string rulesDir, string? asOfText, TimeProvider clock)
    {
        if (!CommonOptions.TryAsOf(asOfText, clock, out var asOf))
        {
            return ExitCodes.Usage;
        }

        if (Uscc.Validate(uscc) is { } problem)
        {
            Console.Error.WriteLine($"'{uscc}': {problem}");
            return ExitCodes.Usage;
        }

        var bundle = BundleLoading.Load(rulesDir, "nothing was explained");
        if (bundle is null)
        {
            return ExitCodes.InvalidBundle;
        }

        if (!File.Exists(Path.Combine(dataDir, "enterprises.csv")))
        {
            Console.Error.WriteLine($"'{Path.Combine(dataDir, "enterprises.csv")}' not found");
            return ExitCodes.MissingInput;
        }

        var builder = new FactBuilder(bundle);
        var population = PopulationLoader.Load(dataDir, builder.SafetyColumns);
        var enterprise = population.Enterprises.FirstOrDefault(e => e.Uscc == uscc);
        if (enterprise is null)
        {
            Console.Error.WriteLine($"{uscc} is not in {Path.Combine(dataDir, "enterprises.csv")} (or its row was rejected: run score to see the import report)");
            return ExitCodes.MissingInput;
        }

        var input = builder.Build(enterprise, population.Indicators.GetValueOrDefault(uscc), population.CreditRecords[uscc], population.Inspections[uscc], asOf);
        Console.Write(new Explainer(bundle).Explain(input, asOf));
        return ExitCodes.Ok;
    }
}
