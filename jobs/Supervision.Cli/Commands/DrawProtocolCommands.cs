using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using Supervision.Application.Draws;
using Supervision.Data.Draws;
using Supervision.Data.Import;
using Supervision.Draws.Calendar;
using Supervision.Draws.Protocol;
using Supervision.Rules.Compilation;
using Supervision.Rules.Diagnostics;

namespace Supervision.Cli.Commands;

/// <summary>
/// The prepared draw (commit, then reveal): `draw share` (a department's secret share and its commitment), `draw
/// prepare` (freeze and publish before any randomness exists) and `draw execute` (reveal, derive the seed, draw).
/// </summary>
internal static class DrawProtocolCommands
{
    public static Command Share()
    {
        var department = new Option<string>("--department") { Description = "the department the share belongs to, exactly as in the plans", Required = true };
        var output = new Option<string>("--out")
        {
            Description = "file to write the secret share into (must not exist); with --dates, a directory for one share per night; keep them secret until their draw",
            Required = true,
        };
        var dates = new Option<string?>("--dates")
        {
            Description = "FROM..TO (ISO dates): a share for each night in advance, for nights prepared on a draw desk (`nightly --draw-desk`); "
                + "writes <out>/<date>.share and <out>/<department>.csv, the commitments to put on the desk as commitments/<department>.csv",
        };
        var command = new Command("share",
            "A department's secret seed share for a prepared draw: 32 random bytes from the OS's cryptographic generator, written to --out; prints the commitment to give to `draw prepare` "
            + "(with --dates: one share per night and the commitments file for the draw desk).")
        {
            department, output, dates,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(output)!;
            var name = parse.GetValue(department)!;
            if (parse.GetValue(dates) is { } range)
            {
                return ShareNights(name, range, path);
            }

            if (File.Exists(path))
            {
                Console.Error.WriteLine($"{path} exists: a share is never overwritten");
                return ExitCodes.Usage;
            }

            var share = NewShare(path);
            Console.WriteLine($"{name}={SeedShares.Commitment(name, share)}");
            Console.Error.WriteLine($"wrote the secret share of {name} to {path}; publish only the commitment above (give it to `draw prepare --commitment`)");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>One share per night of <paramref name="range"/> into <paramref name="directory"/>, and the commitments file for the desk.</summary>
    private static int ShareNights(string department, string range, string directory)
    {
        var parts = range.Split("..");
        if (parts.Length != 2
            || !DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            || !DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
            || to < from || to.DayNumber - from.DayNumber >= 366)
        {
            Console.Error.WriteLine($"--dates '{range}': write FROM..TO as ISO dates, FROM not after TO, at most a year");
            return ExitCodes.Usage;
        }

        var commitmentsFile = Path.Combine(directory, department + ".csv");
        var nights = Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays).ToList();
        var existing = nights.Select(d => Path.Combine(directory, $"{d:yyyy-MM-dd}.share")).Append(commitmentsFile).Where(File.Exists).ToList();
        if (existing.Count > 0)
        {
            Console.Error.WriteLine($"{existing[0]} exists: a share is never overwritten");
            return ExitCodes.Usage;
        }

        var lines = new List<string> { DrawDesk.CommitmentsHeader };
        foreach (var night in nights)
        {
            var share = NewShare(Path.Combine(directory, $"{night:yyyy-MM-dd}.share"));
            lines.Add($"{night:yyyy-MM-dd},{SeedShares.Commitment(department, share)}");
        }

        File.WriteAllLines(commitmentsFile, lines);
        Console.WriteLine(commitmentsFile);
        Console.Error.WriteLine($"wrote {nights.Count} secret shares of {department} into {directory} (one per night, <date>.share: keep them secret) and their commitments "
            + $"to {commitmentsFile}: put it on the draw desk as commitments/{department}.csv; after each draw's public value is out, reveal that night's share "
            + "as shares/<date>/" + department + ".share");
        return ExitCodes.Ok;
    }

    public static Command Prepare(TimeProvider clock)
    {
        var plans = CommonOptions.Plans();
        var data = CommonOptions.Data();
        var rules = CommonOptions.Rules();
        var asOf = CommonOptions.AsOf();
        var calendar = CommonOptions.Calendar();
        var commitments = new Option<string[]>("--commitment")
        {
            Description = "DEPARTMENT=COMMITMENT for each department of the plans (from `draw share`), in the order the seed takes the shares",
            AllowMultipleArgumentsPerToken = true,
        };
        var generate = new Option<string?>("--generate-shares")
        {
            Description = "instead of --commitment: make a share for each department of the plans into this directory (<department>.share), for unattended runs and tests",
        };
        var publicRandomness = new Option<string>("--public-randomness")
        {
            Description = "names the public random value the draw will take, which must not exist yet: source, date or round, and how it is written "
                + "(e.g. \"中国福利彩票双色球 2026-12-08 开奖号码，红球升序后接蓝球，空格分隔\")",
            Required = true,
        };
        var output = new Option<string>("--out") { Description = "directory of the prepared draw (the draw is written there too)", Required = true };
        OutputPath.MustBeDirectory(output);
        var ledger = DrawLedgerCommands.Ledger();
        var command = new Command("prepare",
            "First phase of a draw nobody can steer: score and freeze the population, plans, inspectors and calendar, take each department's share commitment "
            + "and the name of a future public random value; write preparation.json, population.csv, exclusions.csv and the pre-draw notice (抽查准备公告) to publish.")
        {
            plans, data, rules, asOf, calendar, commitments, generate, publicRandomness, output, ledger,
        };
        var gates = new GateOptions();
        foreach (var option in gates.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            if (!CommonOptions.TryAsOf(parse.GetValue(asOf), clock, out var date))
            {
                return ExitCodes.Usage;
            }

            var rulesDir = parse.GetValue(rules)!;
            var bundle = BundleLoading.Load(rulesDir, "nothing was prepared");
            if (bundle is null)
            {
                return BundleLoading.FailureCode(rulesDir);
            }

            var dataDir = parse.GetValue(data)!;
            var calendarFile = parse.GetValue(calendar) ?? Path.Combine(rulesDir, "calendar", "cn-working-days.csv");
            var planFiles = parse.GetValue(plans) is { Length: > 0 } given ? given : DrawOnce.DefaultPlanFiles(rulesDir);
            if (!File.Exists(Path.Combine(dataDir, PopulationLoader.EnterprisesFile)) || !File.Exists(calendarFile) || planFiles.Any(f => !File.Exists(f)))
            {
                Console.Error.WriteLine($"need {Path.Combine(dataDir, PopulationLoader.EnterprisesFile)}, the calendar {calendarFile} and every plan file; nothing was prepared");
                return ExitCodes.MissingInput;
            }

            var shareDirectory = parse.GetValue(generate);
            var parsed = ParseCommitments(parse.GetValue(commitments) ?? []);
            if (parsed is null || (shareDirectory is null) == (parsed.Count == 0))
            {
                Console.Error.WriteLine("give either --commitment DEPARTMENT=COMMITMENT for each department of the plans, or --generate-shares DIR");
                return ExitCodes.Usage;
            }

            var diagnostics = new DiagnosticBag();
            PreparedDraw prepared;
            try
            {
                if (shareDirectory is not null)
                {
                    parsed = GenerateShares(bundle, planFiles, shareDirectory, diagnostics);
                    if (parsed is null)
                    {
                        diagnostics.Sorted().ToList().ForEach(d => Console.Error.WriteLine(d));
                        Console.Error.WriteLine("the plans have errors; nothing was prepared");
                        return ExitCodes.InvalidBundle;
                    }
                }

                prepared = PrepareDraw.Run(new DrawPreparationRequest(bundle, planFiles, dataDir, calendarFile, date, parsed, parse.GetValue(publicRandomness)!,
                    gates.Read(parse), parse.GetValue(output)!, new DrawLedger(parse.GetValue(ledger) ?? DrawLedger.DefaultDirectory()), clock.GetUtcNow()), diagnostics);
            }
            catch (CalendarOutOfRangeException e)
            {
                Console.Error.WriteLine(e.Message);
                return ExitCodes.MissingInput;
            }

            diagnostics.Sorted().ToList().ForEach(d => Console.Error.WriteLine(d));
            ImportReportFormatter.Write(Console.Error, prepared.Reports);
            if (prepared.Refusal is { } refusal)
            {
                Console.Error.WriteLine($"{refusal}; nothing was prepared");
                return prepared.Gated || prepared.AlreadyDrawn ? ExitCodes.DrawRefused : diagnostics.HasErrors ? ExitCodes.InvalidBundle : ExitCodes.Usage;
            }

            var preparation = prepared.Preparation!;
            Console.WriteLine($"prepared draw {preparation.DrawId} · as-of {preparation.AsOf:yyyy-MM-dd} · preparation sha256 {prepared.Sha256}");
            Console.WriteLine($"  {preparation.PopulationEntries} enterprises in pools, {preparation.Exclusions} excluded; {preparation.Inspectors.Count} inspectors; "
                + $"commitments of {string.Join("、", preparation.Commitments.Select(c => c.Department))}");
            Console.WriteLine($"  public randomness: {preparation.PublicRandomness}");
            Console.WriteLine($"wrote {parse.GetValue(output)}: {DrawPreparation.FileName}, population.csv, exclusions.csv, {PreparationNotice.File} (publish it now)");
            return prepared.Reports.Any(r => r.Rejected > 0) ? ExitCodes.CompletedWithProblems : ExitCodes.Ok;
        });
        return command;
    }

    public static Command Execute()
    {
        var directory = new Argument<string>("prepared") { Description = "the directory of the prepared draw" };
        var shares = new Option<string[]>("--share")
        {
            Description = "DEPARTMENT=SHARE or DEPARTMENT=@FILE (a file written by `draw share`) for every department that committed",
            AllowMultipleArgumentsPerToken = true,
        };
        var value = new Option<string>("--public-value") { Description = "the public random value named in the pre-draw notice, exactly as its source published it", Required = true };
        var published = new Option<string?>("--preparation-sha256") { Description = "the preparation's SHA-256 as the pre-draw notice published it: the draw is refused if the file differs" };
        var command = new Command("execute",
            "Second phase of a prepared draw: check every revealed share against its commitment and every frozen file against the preparation, derive the seed "
            + "from the preparation, the shares and the public value, draw, and write the record, task lists and notice beside the preparation. Exit 6 on any mismatch.")
        {
            directory, shares, value, published,
        };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(directory)!;
            var revealed = ParseShares(parse.GetValue(shares) ?? []);
            if (revealed is null)
            {
                return ExitCodes.Usage;
            }

            if (!File.Exists(Path.Combine(dir, DrawPreparation.FileName)) || !File.Exists(Path.Combine(dir, DrawOutputs.PopulationFile)))
            {
                Console.Error.WriteLine($"{dir} holds no prepared draw ({DrawPreparation.FileName} and population.csv): run `draw prepare` first");
                return ExitCodes.MissingInput;
            }

            var executed = ExecuteDraw.Run(dir, revealed, parse.GetValue(value)!, parse.GetValue(published));
            if (executed.Refusal is { } refusal)
            {
                Console.Error.WriteLine($"{refusal}; nothing was drawn");
                return executed.AlreadyDrawn ? ExitCodes.DrawRefused : ExitCodes.VerificationFailed;
            }

            DrawCommand.Summarize(executed.Result!, dir);
            var unassigned = executed.Result!.Record.Outcome.Tasks.Count(t => t.UnassignedReason is not null);
            return unassigned > 0 ? ExitCodes.CompletedWithProblems : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>A fresh share from the OS's cryptographic generator, written to a new file (never overwritten).</summary>
    private static string NewShare(string path)
    {
        var share = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        using var writer = new StreamWriter(stream);
        writer.WriteLine(share);
        return share;
    }

    private static List<ShareCommitment>? GenerateShares(CompiledBundle bundle, IReadOnlyList<string> planFiles, string directory, DiagnosticBag diagnostics)
    {
        var plans = DrawOnce.LoadPlans(bundle, planFiles, diagnostics);
        if (plans is null)
        {
            return null;
        }

        var commitments = new List<ShareCommitment>();
        foreach (var department in plans.SelectMany(p => p.Departments).Distinct(StringComparer.Ordinal))
        {
            var share = NewShare(Path.Combine(directory, department + ".share"));
            commitments.Add(new ShareCommitment(department, SeedShares.Commitment(department, share)));
        }

        Console.Error.WriteLine($"wrote a secret share per department into {directory}; reveal each at `draw execute` with --share DEPARTMENT=@{Path.Combine(directory, "DEPARTMENT.share")}");
        return commitments;
    }

    private static List<ShareCommitment>? ParseCommitments(string[] values)
    {
        var commitments = new List<ShareCommitment>();
        foreach (var value in values)
        {
            var at = value.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0)
            {
                Console.Error.WriteLine($"--commitment '{value}': write DEPARTMENT=COMMITMENT");
                return null;
            }

            commitments.Add(new ShareCommitment(value[..at], value[(at + 1)..].Trim()));
        }

        return commitments;
    }

    private static Dictionary<string, string>? ParseShares(string[] values)
    {
        var shares = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var at = value.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0)
            {
                Console.Error.WriteLine($"--share '{value}': write DEPARTMENT=SHARE or DEPARTMENT=@FILE");
                return null;
            }

            var text = value[(at + 1)..];
            if (text.StartsWith('@'))
            {
                if (!File.Exists(text[1..]))
                {
                    Console.Error.WriteLine($"--share '{value}': {text[1..]} does not exist");
                    return null;
                }

                text = File.ReadAllText(text[1..]);
            }

            if (!shares.TryAdd(value[..at], text.Trim()))
            {
                Console.Error.WriteLine($"--share: {value[..at]} is given twice");
                return null;
            }
        }

        return shares;
    }
}
