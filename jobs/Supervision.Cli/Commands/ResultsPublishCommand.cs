using System.CommandLine;
using Supervision.Application.Results;
using Supervision.Data.Results;
using Supervision.Draws.Calendar;
using Supervision.Rules.Diagnostics;

namespace Supervision.Cli.Commands;

/// <summary>`supervision results publish`: the results notice of a draw, with deadlines and overdue flags.</summary>
internal static class ResultsPublishCommand
{
    public static Command Create(TimeProvider clock)
    {
        var draw = ResultsCommand.Draw();
        var results = ResultsCommand.Results();
        var decisions = new Option<string?>("--decisions") { Description = "decisions.csv written by `results decide`; default: <out>/decisions.csv" };
        var calendar = new Option<string>("--calendar") { Description = "working-day calendar", DefaultValueFactory = _ => "rules/calendar/cn-working-days.csv" };
        var asOf = CommonOptions.AsOf();
        asOf.Description = "publication date (yyyy-MM-dd): results published after their deadline are flagged; default: today in Asia/Shanghai";
        var output = ResultsCommand.Out();
        var connection = new Option<string?>("--connection")
        {
            Description = "also append the publication to the audit log in PostgreSQL (SHA-256 of the notice files); default: files only",
        };
        var command = new Command("publish",
            "Write the results notice (三公开: results-notice.html/.csv) and publication-status.csv: each result is due a number of working days "
            + "after the inspection (20 by default, the plan's publication_working_days); late ones and missing ones past their deadline are flagged.")
        {
            draw, results, decisions, calendar, asOf, output, connection,
        };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(draw)!, parse.GetValue(results)!, parse.GetValue(decisions), parse.GetValue(calendar)!,
            parse.GetValue(asOf), parse.GetValue(output)!, parse.GetValue(connection), clock, ct));
        return command;
    }

    private static async Task<int> RunAsync(
        string drawPath, string resultsPath, string? decisionsPath, string calendarPath, string? asOfText, string output, string? connection, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!CommonOptions.TryAsOf(asOfText, clock, out var asOf))
        {
            return ExitCodes.Usage;
        }

        decisionsPath ??= Path.Combine(output, DecisionCsv.File);
        if (ResultsCommand.ReadDraw(drawPath, resultsPath) is not { } record || !File.Exists(calendarPath) || !File.Exists(decisionsPath))
        {
            Console.Error.WriteLine($"need the draw record, the results, the calendar {calendarPath} and the decisions {decisionsPath} (run `results decide` first)");
            return ExitCodes.MissingInput;
        }

        var calendarProblems = new DiagnosticBag();
        if (CalendarReader.Read(calendarPath, calendarPath, calendarProblems) is not { } calendar)
        {
            calendarProblems.Sorted().ToList().ForEach(d => Console.Error.WriteLine(d));
            Console.Error.WriteLine($"the calendar {calendarPath} has errors; nothing was published");
            return ExitCodes.InvalidBundle;
        }

        var publication = PublishResults.Write(record, resultsPath, decisionsPath, calendar, asOf, output);
        Console.WriteLine($"results notice of draw {record.DrawId} on {asOf:yyyy-MM-dd}: {publication.Published} result(s) published, "
            + $"{publication.Overdue} after their deadline (逾期公示); {publication.Missing} task(s) without a result past their deadline");
        Console.WriteLine($"wrote {output}: {string.Join(", ", PublishResults.NoticeFiles)}");
        var code = publication.Report.Rejected > 0 || publication.Overdue + publication.Missing > 0 ? ExitCodes.CompletedWithProblems : ExitCodes.Ok;
        if (connection is null)
        {
            return code;
        }

        return await DbCommand.Run(connection, 5, async database =>
        {
            await new Supervision.Storage.Migrations.MigrationRunner(database).MigrateAsync(cancellationToken);
            await PublishResults.AuditAsync(database, clock, publication, cancellationToken);
            Console.WriteLine($"recorded the publication in the audit log of {database.Target}");
            return code;
        }, cancellationToken);
    }
}
