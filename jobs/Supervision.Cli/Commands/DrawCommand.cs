using System.CommandLine;
using System.Security.Cryptography;
using Supervision.Application.Draws;
using Supervision.Data.Draws;
using Supervision.Data.Import;
using Supervision.Draws.Calendar;
using Supervision.Draws.Drawing;
using Supervision.Draws.Gates;
using Supervision.Rules.Diagnostics;

namespace Supervision.Cli.Commands;

/// <summary>`supervision draw` and `supervision draw verify`.</summary>
internal static class DrawCommand
{
    public static Command Create(TimeProvider clock)
    {
        var plans = CommonOptions.Plans();
        var data = CommonOptions.Data();
        var rules = CommonOptions.Rules();
        var asOf = CommonOptions.AsOf();
        var seed = new Option<string?>("--seed") { Description = "seed, 64 hex characters; default: a fresh one from the OS's cryptographic generator" };
        var calendar = CommonOptions.Calendar();
        var output = new Option<string?>("--out") { Description = "output directory; default: out/draw-<draw id>" };
        OutputPath.MustBeDirectory(output);
        var ledger = DrawLedgerCommands.Ledger();
        var previous = PreviousAssessmentsOption.Create();
        var command = new Command("draw",
            "三随机 draw: score the population, freeze eligibility, draw enterprises, inspector teams, items and dates; write the draw record, "
            + "population snapshot, task lists per inspector and the public notice.")
        {
            plans, data, rules, asOf, seed, calendar, output, ledger, previous, VerifyCommand(), DrawLedgerCommands.Void(clock), DrawLedgerCommands.Evidence(clock), DrawProtocolCommands.Share(), DrawProtocolCommands.Prepare(clock),
            DrawProtocolCommands.Execute(),
        };
        var gates = new GateOptions();
        foreach (var option in gates.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(parse.GetValue(plans), parse.GetValue(data)!, parse.GetValue(rules)!, parse.GetValue(asOf),
            parse.GetValue(seed), parse.GetValue(calendar) ?? Path.Combine(parse.GetValue(rules)!, "calendar", "cn-working-days.csv"), parse.GetValue(output), gates.Read(parse), new DrawLedger(parse.GetValue(ledger) ?? DrawLedger.DefaultDirectory()), parse.GetValue(previous), clock));
        return command;
    }

    private static Command VerifyCommand()
    {
        var record = new Argument<string>("record") { Description = "draw-record.json" };
        var population = new Option<string>("--population") { Description = "the population snapshot (population.csv) the record refers to", Required = true };
        var preparation = new Option<string?>("--preparation") { Description = "for a prepared draw: its preparation.json (default: the one beside the record)" };
        var calendar = new Option<string?>("--calendar") { Description = "the working-day calendar the record names: every plan's working days are checked against it" };
        var verify = new Command("verify",
            "Recompute a draw from its record and population snapshot — for a prepared draw also the shares, the seed's derivation and every frozen input "
            + "against its preparation, and with --calendar every working day against the calendar; exit 6 on any difference.")
        {
            record, population, preparation, calendar,
        };
        verify.SetAction(parse => Verify(parse.GetValue(record)!, parse.GetValue(population)!, parse.GetValue(preparation), parse.GetValue(calendar)));
        return verify;
    }

    private static int Run(string[]? planFiles, string dataDir, string rulesDir, string? asOfText, string? seed, string calendar, string? output,
        DrawGateThresholds gates, DrawLedger ledger, string? previousFile, TimeProvider clock)
    {
        if (!CommonOptions.TryAsOf(asOfText, clock, out var asOf))
        {
            return ExitCodes.Usage;
        }

        if (!PreviousAssessmentsOption.TryRead(previousFile, out var previous))
        {
            return ExitCodes.MissingInput;
        }

        // The seed is the one random input of a draw; it comes from the OS at this edge and is committed in the notice.
        seed ??= Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        try
        {
            _ = new Lottery(seed);
        }
        catch (ArgumentException)
        {
            Console.Error.WriteLine($"--seed '{seed}': a seed is 64 lower-case hexadecimal characters (32 bytes)");
            return ExitCodes.Usage;
        }

        var files = planFiles is { Length: > 0 } ? planFiles : DrawOnce.DefaultPlanFiles(rulesDir);
        var bundle = BundleLoading.Load(rulesDir, "nothing was drawn");
        if (bundle is null)
        {
            return BundleLoading.FailureCode(rulesDir);
        }

        if (!File.Exists(Path.Combine(dataDir, PopulationLoader.EnterprisesFile)) || !File.Exists(calendar))
        {
            Console.Error.WriteLine($"need {Path.Combine(dataDir, PopulationLoader.EnterprisesFile)} and the calendar {calendar}");
            return ExitCodes.MissingInput;
        }

        if (files.FirstOrDefault(f => !File.Exists(f)) is { } missingPlan)
        {
            Console.Error.WriteLine($"the plan file '{missingPlan}' does not exist; nothing was drawn");
            return ExitCodes.MissingInput;
        }

        var diagnostics = new DiagnosticBag();
        DrawResult? result;
        IReadOnlyList<Supervision.Model.Import.ImportReport> reports;
        try
        {
            (result, reports) = DrawOnce.Run(bundle, files, dataDir, calendar, asOf, seed, diagnostics, previous);
        }
        catch (CalendarOutOfRangeException e)
        {
            Console.Error.WriteLine(e.Message);
            return ExitCodes.MissingInput;
        }

        diagnostics.Sorted().ToList().ForEach(d => Console.Error.WriteLine(d));
        if (result is null)
        {
            Console.Error.WriteLine("the plans or the calendar have errors; nothing was drawn");
            return ExitCodes.InvalidBundle;
        }

        ImportReportFormatter.Write(Console.Error, reports);

        var verdict = DrawOnce.Gate(result, reports, gates);
        if (!verdict.Passed)
        {
            Console.Error.WriteLine(verdict.Message);
            return ExitCodes.DrawRefused;
        }

        var directory = output ?? Path.Combine("out", "draw-" + result.Record.DrawId);
        var claim = DrawOnce.Claim(result, ledger, Path.GetFullPath(directory), clock.GetUtcNow());
        if (!claim.IsGranted)
        {
            Console.Error.WriteLine($"{claim.Describe()}; nothing was written (ledger {ledger.Directory})");
            return ExitCodes.DrawRefused;
        }

        DrawOutputs.Write(directory, result);
        Summarize(result, directory);
        var unassigned = result.Record.Outcome.Tasks.Count(t => t.UnassignedReason is not null);
        return unassigned > 0 || reports.Any(r => r.Rejected > 0) ? ExitCodes.CompletedWithProblems : ExitCodes.Ok;
    }

    /// <summary>The draw summary on stdout (also printed by `nightly`).</summary>
    internal static void Summarize(DrawResult result, string directory)
    {
        var record = result.Record;
        Console.WriteLine($"draw {record.DrawId} · as-of {record.AsOf:yyyy-MM-dd} · seed commitment {record.SeedCommitment}");
        foreach (var plan in record.Plans)
        {
            Console.WriteLine($"{plan.Id} {plan.Title}");
            foreach (var pool in record.Outcome.Pools.Where(p => p.PlanId == plan.Id))
            {
                Console.WriteLine($"  {pool.Pool,-18} eligible {pool.Eligible,6}  ratio {pool.Ratio,6:0.####}  drawn {pool.Drawn,5}");
            }

            foreach (var reason in result.Exclusions.Where(e => e.PlanId == plan.Id).GroupBy(e => e.Reason.Split(':')[0]).OrderByDescending(g => g.Count()))
            {
                Console.WriteLine($"  not drawn: {reason.Count(),5} × {reason.Key}");
            }
        }

        var tasks = record.Outcome.Tasks;
        Console.WriteLine($"{tasks.Count} tasks in {record.Outcome.Visits.Count} visits ({record.Outcome.Visits.Count(v => v.Joint)} joint); "
            + $"{tasks.Count(t => t.UnassignedReason is not null)} unassigned (see unassigned.csv)");
        Console.WriteLine($"wrote {directory}: {DrawOutputs.RecordFile}, {DrawOutputs.PopulationFile}, exclusions.csv, unassigned.csv, tasks/*.csv, notice.html, notice.csv");
    }

    private static int Verify(string recordPath, string populationPath, string? preparationPath, string? calendarPath)
    {
        if (!File.Exists(recordPath) || !File.Exists(populationPath) || (calendarPath is not null && !File.Exists(calendarPath)))
        {
            Console.Error.WriteLine($"need {recordPath} and {populationPath}{(calendarPath is null ? "" : $" and {calendarPath}")}");
            return ExitCodes.MissingInput;
        }

        var verification = VerifyDraw.Run(recordPath, populationPath, preparationPath, calendarPath);
        if (verification.Error is { } error)
        {
            Console.Error.WriteLine(error);
            return verification.Readable ? ExitCodes.VerificationFailed : ExitCodes.MissingInput;
        }

        foreach (var problem in verification.Problems)
        {
            Console.WriteLine(problem);
        }

        Console.WriteLine(verification.Verified ? "verified: the selection, windows, items and teams are exactly reproduced" : $"{verification.Problems.Count} difference(s)");
        return verification.Verified ? ExitCodes.Ok : ExitCodes.VerificationFailed;
    }
}
