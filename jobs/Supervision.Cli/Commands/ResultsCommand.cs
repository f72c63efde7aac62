using System.CommandLine;
using Supervision.Application.Results;
using Supervision.Data.Import;
using Supervision.Draws.Record;
using Supervision.Model.Text;
using Supervision.Storage.Migrations;
using Supervision.Storage.Results;

namespace Supervision.Cli.Commands;

/// <summary>`supervision results import|decide|publish`: inspection results, the tolerance list and their publication.</summary>
internal static class ResultsCommand
{
    public static Command Create(TimeProvider clock)
    {
        var command = new Command("results",
            "Inspection results (检查结果): import them against a draw, decide each finding with the tolerance list (包容免罚清单), "
            + "publish the results notice (结果公开).")
        {
            ImportCommand(),
            ExportCommand(clock),
            ResultsDecideCommand.Create(clock),
            ResultsPublishCommand.Create(clock),
        };
        return command;
    }

    public static Option<string> Draw() => new("--draw") { Description = "the draw record the results answer (draw-record.json)", Required = true };

    public static Option<string> Results() => new("--results") { Description = "results CSV (see docs/tolerance-and-results.md)", Required = true };

    public static Option<string> Out()
    {
        var output = new Option<string>("--out") { Description = "output directory", DefaultValueFactory = _ => Path.Combine("out", "results") };
        OutputPath.MustBeDirectory(output);
        return output;
    }

    /// <summary>Reads the draw record, or says what is missing or unreadable (null: exit 3).</summary>
    public static DrawRecord? ReadDraw(string drawPath, string resultsPath)
    {
        if (!File.Exists(drawPath) || !File.Exists(resultsPath))
        {
            Console.Error.WriteLine($"need both the draw record {drawPath} and the results file {resultsPath}");
            return null;
        }

        var import = ImportResults.Run(drawPath, resultsPath);
        if (import.Unreadable is { } problem)
        {
            Console.Error.WriteLine(UnsafeCharacters.Escape(problem.ToString()));
            Console.Error.WriteLine($"the results file {resultsPath} cannot be read: {problem.Reason}; nothing was done");
            return null;
        }

        return import.Record;
    }

    private static Command ExportCommand(TimeProvider clock)
    {
        var (connection, retries) = (DbCommand.Connection(), DbCommand.Retries());
        var drawId = new Option<string>("--draw-id") { Description = "the draw whose results to export (its id, as in draws.draw_id)", Required = true };
        var output = Out();
        var export = new Command("export",
            "Write the results confirmed in the web service (检查结果录入, both team members) for one draw as <out>/draw-record.json and "
            + "<out>/results.csv, the inputs of `results import|decide|publish`. Connection from --connection or SUPERVISION_DB. Exit 3 when there is no such draw.")
        {
            drawId, output, connection, retries,
        };
        export.SetAction((parse, ct) => DbCommand.Run(parse.GetValue(connection), parse.GetValue(retries), async database =>
        {
            await new MigrationRunner(database).MigrateAsync(ct);
            var id = parse.GetValue(drawId)!;
            var directory = parse.GetValue(output)!;
            if (await ExportResults.WriteAsync(new ResultEntryStore(database, clock), id, directory, ct) is not { } count)
            {
                Console.Error.WriteLine($"no draw {id} in the database; nothing was written");
                return ExitCodes.MissingInput;
            }

            Console.WriteLine($"{count} confirmed result(s) of draw {id}: wrote {Path.Combine(directory, ExportResults.RecordFile)} and {Path.Combine(directory, ExportResults.ResultsFile)}");
            return ExitCodes.Ok;
        }, ct));
        return export;
    }

    private static Command ImportCommand()
    {
        var draw = Draw();
        var results = Results();
        var import = new Command("import", "Check a results file against its draw: every row accepted or rejected with file:line:column and reason (exit 4 if any is rejected).")
        {
            draw, results,
        };
        import.SetAction(parse =>
        {
            if (ReadDraw(parse.GetValue(draw)!, parse.GetValue(results)!) is not { } record)
            {
                return ExitCodes.MissingInput;
            }

            var imported = ImportResults.Run(record, parse.GetValue(results)!);
            ImportReportFormatter.Write(Console.Out, [imported.Report]);
            var findings = imported.Rows.Sum(r => r.Findings.Count);
            Console.WriteLine($"{imported.Rows.Count} result(s) of draw {record.DrawId}: {findings} finding(s), {imported.Rows.Count(r => r.Findings.Count == 0)} without findings");
            return imported.Report.Rejected > 0 ? ExitCodes.CompletedWithProblems : ExitCodes.Ok;
        });
        return import;
    }
}
