using System.CommandLine;
using Supervision.Application.Draws;
using Supervision.Data.Draws;
using Supervision.Draws.Record;
using Supervision.Storage.Audit;

namespace Supervision.Cli.Commands;

/// <summary>
/// What happens to a draw once made: the draw ledger's option (one draw per plan and period), `draw void` (set a draw
/// aside, with a reason, published) and `draw evidence` (the package a notary or the public verifies offline).
/// </summary>
internal static class DrawLedgerCommands
{
    /// <summary>The ledger of draws (one per plan and period), shared by every output directory.</summary>
    public static Option<string?> Ledger() => new("--ledger")
    {
        Description = $"the draw ledger (one draw per plan and period, whatever --out says); default: ${DrawLedger.EnvironmentVariable}, else one per user and machine",
    };

    public static Command Void(TimeProvider clock)
    {
        var drawId = new Argument<string>("draw-id") { Description = "the draw to void, as its record and notice name it" };
        var reason = new Option<string>("--reason") { Description = "why the draw is set aside; published in the void notice", Required = true };
        var ledger = Ledger();
        var postgres = new Option<bool>("--postgres") { Description = "void a draw of the PostgreSQL mode (marked cancelled, its plans released, the void audited) instead of one in the ledger" };
        var connection = DbCommand.Connection();
        var command = new Command("void",
            "Void a draw (作废): release its plans and periods in the ledger so that they may be drawn again, list the void with its reason, and write the void "
            + "notice (抽查作废公告) beside the draw's files for publication. Never silent: a second draw of a plan and period is refused until its first is voided.")
        {
            drawId, reason, ledger, postgres, connection,
        };
        command.SetAction((parse, ct) =>
        {
            var text = parse.GetValue(reason)!;
            if (string.IsNullOrWhiteSpace(text))
            {
                Console.Error.WriteLine("--reason must say why the draw is voided; it is published");
                return Task.FromResult(ExitCodes.Usage);
            }

            var actor = $"{Environment.UserName}@{Environment.MachineName}";
            if (parse.GetValue(postgres))
            {
                return DbCommand.Run(parse.GetValue(connection), 5, async database =>
                {
                    var released = await VoidDraw.InDatabaseAsync(database, clock, parse.GetValue(drawId)!, text.Trim(), actor, ct);
                    if (released is null)
                    {
                        Console.Error.WriteLine($"{database.Target} holds no draw {parse.GetValue(drawId)} that is not voided already; nothing was voided");
                        return ExitCodes.MissingInput;
                    }

                    Console.WriteLine($"voided draw {parse.GetValue(drawId)} in {database.Target}: {string.Join(", ", released)} may be drawn again; the void is in the audit log");
                    return ExitCodes.Ok;
                }, ct);
            }

            return Task.FromResult(VoidInLedger(parse.GetValue(ledger), parse.GetValue(drawId)!, text.Trim(), actor, clock));
        });
        return command;
    }

    private static int VoidInLedger(string? ledger, string id, string reason, string actor, TimeProvider clock)
    {
        var book = new DrawLedger(ledger ?? DrawLedger.DefaultDirectory());
        var released = VoidDraw.Run(book, id, reason, actor, clock.GetUtcNow());
        if (released.Count == 0)
        {
            Console.Error.WriteLine($"the ledger {book.Directory} holds no draw {id}; nothing was voided");
            return ExitCodes.MissingInput;
        }

        Console.WriteLine($"voided draw {id}: {string.Join(", ", released.Select(c => $"{c.PlanId} {c.PeriodFrom:yyyy-MM-dd}–{c.PeriodTo:yyyy-MM-dd}"))} may be drawn again; "
            + $"listed in {Path.Combine(book.Directory, DrawLedger.VoidsFile)}; publish {VoidDraw.NoticeFile} in {string.Join(", ", released.Select(c => c.Location).Distinct())}");
        return ExitCodes.Ok;
    }

    public static Command Evidence(TimeProvider clock)
    {
        var directory = new Argument<string>("draw-directory") { Description = "the draw's directory (draw-record.json, population.csv, notices, …)" };
        var output = new Option<string>("--out") { Description = "the evidence package to write (.zip)", Required = true };
        var connection = DbCommand.Connection();
        var checkpoints = new Option<string[]>("--checkpoint") { Description = "signed audit checkpoint file(s) to include", AllowMultipleArgumentsPerToken = true };
        var withAudit = new Option<bool>("--with-audit") { Description = "include the audit log's entries about the draw (from --connection or $SUPERVISION_DB)" };
        var command = new Command("evidence",
            "The draw's evidence package (区块链+公证): its files, the audit entries about it and signed checkpoints, a SHA-256 manifest and how to verify "
            + "it offline with `draw verify` — one zip for a notary or the public.")
        {
            directory, output, connection, checkpoints, withAudit,
        };
        command.SetAction((parse, ct) =>
        {
            var dir = parse.GetValue(directory)!;
            var record = Path.Combine(dir, DrawOutputs.RecordFile);
            var files = parse.GetValue(checkpoints) ?? [];
            if (!File.Exists(record) || files.Any(f => !File.Exists(f)))
            {
                Console.Error.WriteLine($"need {record} and every checkpoint file");
                return Task.FromResult(ExitCodes.MissingInput);
            }

            var drawId = RecordJson.Read(record).DrawId;
            int Write(IReadOnlyList<AuditEntry> entries)
            {
                var manifest = EvidencePackage.Write(dir, parse.GetValue(output)!, entries, files);
                Console.WriteLine($"wrote {parse.GetValue(output)}: evidence of draw {drawId}, {manifest.Count} files ({entries.Count} audit entries, {files.Length} checkpoint(s)), "
                    + $"listed with their SHA-256 in {EvidencePackage.Manifest}");
                return ExitCodes.Ok;
            }

            return parse.GetValue(withAudit)
                ? DbCommand.Run(parse.GetValue(connection), 5, async database =>
                    Write(await new AuditLog(database, clock).EntriesAboutAsync(drawId, ct)), ct)
                : Task.FromResult(Write([]));
        });
        return command;
    }
}
