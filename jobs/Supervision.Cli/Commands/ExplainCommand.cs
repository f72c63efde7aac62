using System.CommandLine;
using Supervision.Application.Explanation;
using Supervision.Model.Registry;
using Supervision.Model.Text;

namespace Supervision.Cli.Commands;

/// <summary>
/// `supervision explain USCC [--why-not category|rule|row]`: why this enterprise has this category, or why a rule,
/// table row or category does not apply to it, with actual values, legal basis and source lines.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create(TimeProvider clock)
    {
        var uscc = new Argument<string>("uscc") { Description = "统一社会信用代码 of the enterprise" };
        var data = CommonOptions.Data();
        var rules = CommonOptions.Rules();
        var asOf = CommonOptions.AsOf();
        var whyNot = new Option<string?>("--why-not")
        {
            HelpName = "category|rule|row",
            Description = "a category (e.g. I), rule id or table row id: why it does not apply — each condition with the actual values, "
                + "whether it held and its file:line:column; for a category, the matrix rows, levels and regime rules that would give it",
        };
        var command = new Command("explain", "Explain an enterprise's assessment: every rule and table row that decided, the values read, legal basis and source line; "
            + "with --why-not, why a rule, table row or category does not apply.")
        {
            uscc, data, rules, asOf, whyNot,
        };
        command.SetAction(parse => Run(parse.GetValue(uscc)!, parse.GetValue(data)!, parse.GetValue(rules)!, parse.GetValue(asOf), parse.GetValue(whyNot), clock));
        return command;
    }

    private static int Run(string uscc, string dataDir, string rulesDir, string? asOfText, string? whyNot, TimeProvider clock)
    {
        if (!CommonOptions.TryAsOf(asOfText, clock, out var asOf))
        {
            return ExitCodes.Usage;
        }

        if (Uscc.Validate(uscc) is { } problem)
        {
            Console.Error.WriteLine($"'{UnsafeCharacters.Escape(uscc)}': {problem}");
            return ExitCodes.Usage;
        }

        var bundle = BundleLoading.Load(rulesDir, "nothing was explained");
        if (bundle is null)
        {
            return BundleLoading.FailureCode(rulesDir);
        }

        var explain = new ExplainEnterprise(bundle);
        if (whyNot is not null && explain.CheckWhyNot(whyNot) is { } unknown)
        {
            Console.Error.Write(unknown);
            return ExitCodes.Usage;
        }

        if (!File.Exists(Path.Combine(dataDir, "enterprises.csv")))
        {
            Console.Error.WriteLine($"'{Path.Combine(dataDir, "enterprises.csv")}' not found");
            return ExitCodes.MissingInput;
        }

        var explanation = explain.Explain(dataDir, uscc, asOf, whyNot);
        if (explanation is null)
        {
            Console.Error.WriteLine($"{uscc} is not in {Path.Combine(dataDir, "enterprises.csv")} (or its row was rejected: run score to see the import report)");
            return ExitCodes.MissingInput;
        }

        // The explanation quotes the enterprise's data: printed with control and bidirectional characters escaped.
        Console.Write(UnsafeCharacters.EscapeKeepingLines(explanation));
        return ExitCodes.Ok;
    }
}
