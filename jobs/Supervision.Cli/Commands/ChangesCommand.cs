using System.CommandLine;
using Supervision.Data.Changes;

namespace Supervision.Cli.Commands;

/// <summary>`supervision changes`: what changed between two nights' assessments, and which rules began or stopped applying.</summary>
internal static class ChangesCommand
{
    public static Command Create()
    {
        var before = new Option<string>("--before") { Description = "the earlier night's assessments.csv", Required = true };
        var after = new Option<string>("--after") { Description = "the later night's assessments.csv", Required = true };
        var output = new Option<string>("--out") { Description = "CSV of the enterprises that changed", DefaultValueFactory = _ => "out/changes.csv" };
        OutputPath.MustBeFile(output);
        var command = new Command("changes",
            "Compare two nights' assessments (the assessments.csv of two runs): every enterprise whose safety level, credit class, category or "
            + "regime changed, with the rules and table rows that began or stopped applying — a blacklisting that expired, an observation period "
            + "that ended, a penalty that aged out of its window.")
        {
            before, after, output,
        };
        command.SetAction(parse => Run(parse.GetValue(before)!, parse.GetValue(after)!, parse.GetValue(output)!));
        return command;
    }

    private static int Run(string beforePath, string afterPath, string output)
    {
        if (!File.Exists(beforePath) || !File.Exists(afterPath))
        {
            Console.Error.WriteLine($"need both assessments files: {beforePath}, {afterPath}");
            return ExitCodes.MissingInput;
        }

        IReadOnlyList<StatusChange> changes;
        try
        {
            var before = AssessmentExportReader.Read(beforePath);
            changes = NightChanges.Compare(before, AssessmentExportReader.Read(afterPath).Values);
        }
        catch (InvalidDataException e)
        {
            Console.Error.WriteLine(e.Message);
            return ExitCodes.MissingInput;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        StatusChangeCsv.Write(output, changes);
        Console.WriteLine($"{changes.Count} enterprise(s) changed level, class, category or regime");
        var transitions = changes.Where(c => c.Before.Category != c.After.Category).Select(c => $"category {c.Before.Category} → {c.After.Category}")
            .Concat(changes.Where(c => c.Before.Regime != c.After.Regime).Select(c => $"regime {c.Before.Regime} → {c.After.Regime}"));
        foreach (var group in transitions.GroupBy(t => t).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {group.Key}: {group.Count()}");
        }

        foreach (var (id, verb, count) in changes.SelectMany(c => c.Appeared.Select(id => (id, "began to apply"))
                .Concat(c.Disappeared.Select(id => (id, "stopped applying"))))
            .GroupBy(x => x).Select(g => (g.Key.id, g.Key.Item2, g.Count()))
            .OrderByDescending(x => x.Item3).ThenBy(x => x.id, StringComparer.Ordinal).Take(10))
        {
            Console.WriteLine($"  {id} {verb}: {count}");
        }

        Console.WriteLine($"wrote {output}");
        return ExitCodes.Ok;
    }
}
