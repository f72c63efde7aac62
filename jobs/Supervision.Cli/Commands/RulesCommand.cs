using System.CommandLine;
using Supervision.Application.Bundles;

namespace Supervision.Cli.Commands;

/// <summary>`supervision rules …`: work on the rule bundle.</summary>
internal static class RulesCommand
{
    public static Command Create(TimeProvider? clock = null) => new("rules", "Work on a rule bundle (regulators).")
    {
        CreateCheck(),
        RulesPublishCommand.Create(clock ?? TimeProvider.System),
        RulesTestCommand.Create(),
        RulesBookCommand.Create(),
        RulesDiffCommand.Create(clock ?? TimeProvider.System),
    };

    private static Command CreateCheck()
    {
        var rules = CommonOptions.Rules();
        var check = new Command("check",
            "Validate the rule bundle: schema, every condition (types, names, forbidden constructs), and the decision tables "
            + "(overlapping rows, gaps with a counterexample, masked, duplicate and unreachable rows, ratios), the tolerance list (tolerance/), and the plans (plans/) against the calendar; "
            + "print file:line:column diagnostics.")
        {
            rules,
        };
        check.SetAction(parse => Check(parse.GetValue(rules)!));
        return check;
    }

    private static int Check(string directory)
    {
        if (!Directory.Exists(directory))
        {
            Console.Error.WriteLine($"the rules directory '{directory}' does not exist; nothing was checked (give it with --rules)");
            return ExitCodes.MissingInput;
        }

        var check = CheckBundle.Run(directory);
        foreach (var diagnostic in check.Diagnostics)
        {
            Console.WriteLine(diagnostic);
        }

        if (check.Bundle is not { } bundle)
        {
            Console.WriteLine($"{directory}: {check.Errors} error(s), {check.Warnings} warning(s): the bundle cannot be used");
            return ExitCodes.InvalidBundle;
        }

        var list = check.ToleranceList;
        var warnings = check.Warnings;
        var manifest = bundle.Bundle.Manifest;
        Console.WriteLine($"{directory}: {manifest.Id} {manifest.Version} is valid: {bundle.Bundle.Indicators.Count} indicators, "
            + $"{bundle.Bundle.Rules.Count} rules, {bundle.Bundle.Tables.Count} tables ({bundle.Bundle.Tables.Sum(t => t.Rows.Count)} rows), "
            + $"{warnings} warning(s); sha256 {bundle.Bundle.ContentHash}");
        if (list is not null)
        {
            Console.WriteLine($"{directory}: tolerance list {list.Settings.Id} {list.Settings.Version} is valid: {list.Items.Count} items; sha256 {list.ContentHash}");
        }

        return ExitCodes.Ok;
    }
}
