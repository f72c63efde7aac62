using System.CommandLine;
using System.Globalization;
using Supervision.Application.Credit;
using Supervision.Model.Registry;
using Supervision.Model.Text;

namespace Supervision.Cli.Commands;

/// <summary>
/// `supervision credit repair`: records an application to leave a list (信用修复, 移出经营异常名录) in the data
/// directory's credit-repairs.csv, with the decision the bundle's list rules give on the decision date.
/// </summary>
internal static class CreditCommand
{
    public static Command Create()
    {
        var command = new Command("credit", "Credit lists: record applications to leave the serious-dishonesty list (信用修复) or the abnormal-operation list.");
        command.Subcommands.Add(Repair());
        return command;
    }

    private static Command Repair()
    {
        var uscc = new Argument<string>("uscc") { Description = "统一社会信用代码 of the enterprise" };
        var data = CommonOptions.Data();
        var rules = CommonOptions.Rules();
        var list = new Option<string>("--list")
        {
            Description = "blacklist (严重违法失信名单) or abnormal_operation (经营异常名录)",
            DefaultValueFactory = _ => "blacklist",
        };
        list.AcceptOnlyFromAmong("blacklist", "abnormal_operation");
        var document = new Option<string>("--listing") { Description = "document number (文号) of the listing, as in credit-records.csv", Required = true };
        var applied = new Option<string>("--applied") { Description = "date the application was received (yyyy-MM-dd)", Required = true };
        var decided = new Option<string?>("--decided") { Description = "date of the decision (yyyy-MM-dd): the rules decide as of this day; omit to record a pending application" };
        var fulfilled = new Option<bool>("--penalties-fulfilled") { Description = "the penalty decisions' obligations are fulfilled (已履行行政处罚决定)" };
        var harm = new Option<bool>("--harm-removed") { Description = "the harm and its effects are removed (已主动消除危害后果和不良影响)" };
        var commitment = new Option<bool>("--commitment-signed") { Description = "a credit-repair commitment is signed (信用修复承诺书)" };
        var corrected = new Option<bool>("--corrected") { Description = "the listing's ground is corrected (补报年报、更正公示信息、恢复住所联系)" };
        var decisionNo = new Option<string?>("--decision-no") { Description = "document number of the decision" };
        var repair = new Command("repair", "Record an application to leave a list and the decision the list rules (rules/lists) give on --decided: "
            + "granted when they end the listing by that day; the explanation traces each condition. Appends to <data>/credit-repairs.csv, whole or not at all.")
        {
            uscc, data, rules, list, document, applied, decided, fulfilled, harm, commitment, corrected, decisionNo,
        };
        repair.SetAction(parse =>
        {
            var request = new RepairRequest(parse.GetValue(uscc)!, parse.GetValue(list)!, parse.GetValue(document)!, parse.GetValue(applied)!,
                parse.GetValue(decided), parse.GetValue(fulfilled), parse.GetValue(harm), parse.GetValue(commitment), parse.GetValue(corrected),
                parse.GetValue(decisionNo));
            return Run(request, parse.GetValue(data)!, parse.GetValue(rules)!);
        });
        return repair;
    }

    private static int Run(RepairRequest request, string dataDir, string rulesDir)
    {
        if (Uscc.Validate(request.Uscc) is { } problem)
        {
            Console.Error.WriteLine($"'{UnsafeCharacters.Escape(request.Uscc)}': {problem}");
            return ExitCodes.Usage;
        }

        if (Date(request.Applied, "--applied") is not { } appliedOn)
        {
            return ExitCodes.Usage;
        }

        DateOnly? decidedOn = null;
        if (request.Decided is not null)
        {
            decidedOn = Date(request.Decided, "--decided");
            if (decidedOn is null)
            {
                return ExitCodes.Usage;
            }

            if (decidedOn < appliedOn)
            {
                Console.Error.WriteLine($"--decided {request.Decided} is before --applied {request.Applied}");
                return ExitCodes.Usage;
            }
        }

        var bundle = BundleLoading.Load(rulesDir, "nothing was recorded");
        if (bundle is null)
        {
            return BundleLoading.FailureCode(rulesDir);
        }

        if (!File.Exists(Path.Combine(dataDir, "enterprises.csv")))
        {
            Console.Error.WriteLine($"'{Path.Combine(dataDir, "enterprises.csv")}' not found");
            return ExitCodes.MissingInput;
        }

        var application = new ListApplication(request.Uscc, request.List == "blacklist" ? CreditRecordType.Blacklist : CreditRecordType.AbnormalOperation,
            request.Listing, appliedOn, decidedOn, request.PenaltiesFulfilled, request.HarmRemoved, request.CommitmentSigned, request.Corrected,
            request.DecisionNo ?? "");
        var outcome = new RecordListApplication(bundle).Record(dataDir, application);
        var explanation = UnsafeCharacters.EscapeKeepingLines(outcome.Explanation);
        switch (outcome.Status)
        {
            case ListApplicationStatus.UnknownEnterprise:
                Console.Error.WriteLine($"{request.Uscc} is not in {Path.Combine(dataDir, "enterprises.csv")} (or its row was rejected); nothing was recorded");
                return ExitCodes.MissingInput;
            case ListApplicationStatus.UnknownListing:
                Console.Error.WriteLine($"{request.Uscc} has no {request.List} listing {UnsafeCharacters.Escape(request.Listing)} in credit-records.csv; nothing was recorded");
                Console.Error.Write(explanation);
                return ExitCodes.CompletedWithProblems;
            case ListApplicationStatus.NotInForce:
                Console.Error.WriteLine($"the listing had already ended by {request.Applied}; nothing was recorded");
                Console.Error.Write(explanation);
                return ExitCodes.CompletedWithProblems;
            case ListApplicationStatus.Refused:
                foreach (var issue in outcome.Problems)
                {
                    Console.Error.WriteLine(UnsafeCharacters.Escape(issue.ToString()));
                }

                Console.Error.WriteLine("nothing was recorded");
                return ExitCodes.CompletedWithProblems;
        }

        Console.WriteLine(outcome.Decision switch
        {
            "approved" => $"准予移出 (granted): the list rules end the listing on {request.Decided}",
            "rejected" => $"不予移出 (not granted) on {request.Decided}: the listing stays; the conditions below say why",
            _ => "已登记申请，尚未决定 (pending): run again with --decided when the department decides",
        });
        Console.Write(explanation);
        Console.WriteLine($"recorded in {Path.Combine(dataDir, "credit-repairs.csv")}; the next night applies the same rules");
        return ExitCodes.Ok;
    }

    private static DateOnly? Date(string text, string option)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date >= CommonOptions.EarliestAsOf && date <= CommonOptions.LatestAsOf)
        {
            return date;
        }

        Console.Error.WriteLine($"{option} '{UnsafeCharacters.Escape(text)}' is not a date; use yyyy-MM-dd, e.g. 2026-11-27");
        return null;
    }

    private sealed record RepairRequest(
        string Uscc, string List, string Listing, string Applied, string? Decided,
        bool PenaltiesFulfilled, bool HarmRemoved, bool CommitmentSigned, bool Corrected, string? DecisionNo);
}
