using System.CommandLine;
using System.Globalization;
using Supervision.Application.Reports;
using Supervision.Data.Exports;
using Supervision.Storage.Migrations;
using Supervision.Storage.Reports;

namespace Supervision.Cli.Commands;

/// <summary>
/// `supervision report`: the analysts' risk report from the nights stored in PostgreSQL, for scheduled use — the
/// printable page (.html, the same bytes as /analyst/report) or a workbook of every table (.xlsx).
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out")
        {
            Description = "the report to write: a .html file (printable, charts as SVG) or a .xlsx workbook (every table, one sheet each)",
            Required = true,
        };
        var from = new Option<string?>("--from") { Description = "first day of the period (yyyy-MM-dd); default: a year before --to" };
        var to = new Option<string?>("--to") { Description = "last day of the period (yyyy-MM-dd); default: the latest stored night" };
        var step = new Option<string>("--step") { Description = "trends per month (its last night) or per night", DefaultValueFactory = _ => "month" };
        step.AcceptOnlyFromAmong("month", "night");
        var focus = new Option<string?>("--focus") { Description = "the category whose share per district the trends follow; default: the highest-risk one" };
        var industry = new Option<string?>("--industry") { Description = "only enterprises whose GB/T 4754 code starts so (C, C26, C2614)" };
        var district = new Option<string?>("--district") { Description = "only one district and street (区/街道), as the registry writes it" };
        var regime = new Option<string?>("--regime") { Description = "only one supervision regime (routine, blacklist, …)" };
        var rules = CommonOptions.Rules();
        var data = CommonOptions.Data();
        rules.Description = "rule bundle directory: the words, rule titles and legal bases, and plans/ for the annual caps the coverage compares with";
        data.Description = "the data directory: inspections.csv for the coverage, and learned-risk.csv, when there is one, for the effectiveness";
        var connection = new Option<string?>("--connection") { Description = "PostgreSQL connection string; default: the SUPERVISION_DB environment variable" };
        var retries = new Option<int>("--retries") { Description = "attempts while the database is unreachable", DefaultValueFactory = _ => 5 };
        var command = new Command("report",
            "The analysts' risk report of a period from the nights stored in PostgreSQL: the latest night's overview by category, level, class, regime, "
            + "district and industry, the enterprises that moved with the rules behind them, trends per category and district, tasks drawn, inspected and "
            + "finding a problem, and the effectiveness of targeting (pools against the verification sample, with intervals). Exit 3 when no night is stored in the period.")
        {
            output, from, to, step, focus, industry, district, regime, rules, data, connection, retries,
        };
        command.SetAction((parse, ct) => RunAsync(new ReportRequest(parse.GetValue(output)!, parse.GetValue(from), parse.GetValue(to), parse.GetValue(step)!,
            parse.GetValue(focus), new ReportFilter(parse.GetValue(industry), parse.GetValue(district), null, parse.GetValue(regime)),
            parse.GetValue(rules)!, parse.GetValue(data)!), parse.GetValue(connection), parse.GetValue(retries), ct));
        return command;
    }

    private static async Task<int> RunAsync(ReportRequest request, string? connection, int retries, CancellationToken cancellationToken)
    {
        var format = Path.GetExtension(request.Output).ToLowerInvariant();
        if (format is not (".html" or ".htm" or ".xlsx"))
        {
            Console.Error.WriteLine($"--out {request.Output}: name a .html or a .xlsx file");
            return ExitCodes.Usage;
        }

        if (!TryDate(request.From, "--from", out var fromDay) || !TryDate(request.To, "--to", out var toDay))
        {
            return ExitCodes.Usage;
        }

        if (BundleLoading.Load(request.Rules, "no report was written") is not { } bundle)
        {
            return BundleLoading.FailureCode(request.Rules);
        }

        return await DbCommand.Run(connection, retries, async database =>
        {
            await new MigrationRunner(database).MigrateAsync(cancellationToken);
            var reports = new RiskReports(new RunReportStore(database, TimeProvider.System), bundle, request.Data, Path.Combine(request.Rules, "plans"));
            var runs = await reports.RunsAsync(cancellationToken);
            var end = toDay ?? (runs.Count > 0 ? runs[0].AsOf : (DateOnly?)null);
            if (end is null)
            {
                Console.Error.WriteLine($"{database.Target} holds no completed night: nothing to report");
                return ExitCodes.MissingInput;
            }

            var start = fromDay ?? end.Value.AddYears(-1).AddDays(1);
            if (start > end)
            {
                Console.Error.WriteLine($"--from {start:yyyy-MM-dd} is after --to {end:yyyy-MM-dd}");
                return ExitCodes.Usage;
            }

            var step = request.Step == "night" ? TrendStep.Night : TrendStep.Month;
            var content = await reports.PrintableAsync(start, end.Value, request.Filter, step, request.Focus, cancellationToken);
            if (content is null)
            {
                Console.Error.WriteLine($"no completed night between {start:yyyy-MM-dd} and {end:yyyy-MM-dd} in {database.Target}: nothing to report");
                return ExitCodes.MissingInput;
            }

            var full = Path.GetFullPath(request.Output);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            var partial = full + ".partial";
            await using (var stream = File.Create(partial))
            {
                if (format == ".xlsx")
                {
                    var moves = reports.Store.StoredMovesAsync(content.Latest.RunId, request.Filter, cancellationToken).ToBlockingEnumerable(cancellationToken);
                    IReadOnlyList<ReportTable> sheets =
                    [
                        .. ReportTables.Overview(content.Overview),
                        ReportTables.Moves("变动企业", moves),
                        .. ReportTables.Trends(content.Trends),
                        .. ReportTables.Effectiveness(content.Effectiveness, content.Vocabulary),
                        .. ReportTables.Coverage(content.Coverage),
                    ];
                    await XlsxExport.WriteAsync(stream, sheets, cancellationToken);
                }
                else
                {
                    await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(PrintableReport.Render(content)), cancellationToken);
                }
            }

            File.Move(partial, full, overwrite: true);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {request.Output}: {content.From:yyyy-MM-dd} to {content.To:yyyy-MM-dd}, {RiskReports.FilterWords(request.Filter)}; latest night {content.Latest.AsOf:yyyy-MM-dd} with {content.Overview.Total:N0} enterprises, {content.Moves.Count:N0} moved, {content.Trends.Periods.Count} period(s)"));
            return ExitCodes.Ok;
        }, cancellationToken);
    }

    private static bool TryDate(string? text, string option, out DateOnly? day)
    {
        day = null;
        if (text is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }

        Console.Error.WriteLine($"{option} {text}: not a date (yyyy-MM-dd)");
        return false;
    }
}
