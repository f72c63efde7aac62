using System.Globalization;
using System.Text;
using Supervision.Application.Scoring;
using Supervision.Data.Import;
using Supervision.Model.Registry;
using Supervision.Rules.Compilation;
using Supervision.Rules.Lists;

namespace Supervision.Application.Credit;

/// <summary>
/// Records an application to leave a list (credit repair of a serious-dishonesty listing, removal of a corrected
/// abnormal-operation listing) in the data directory's credit-repairs.csv, with the decision the bundle's list rules
/// give on the decision date: granted when they end the listing by then. Every later night applies the same rules to
/// the same facts, so the decision and the scores cannot drift apart.
/// </summary>
public sealed class RecordListApplication(CompiledBundle bundle)
{
    private readonly ScorePopulation scoring = new(bundle);
    private readonly ListLifecycle lifecycle = new(bundle);

    /// <param name="dataDirectory">The data directory (enterprises.csv, credit-records.csv, credit-repairs.csv).</param>
    /// <param name="application">The application; its decision date, when given, is the day the rules decide on.</param>
    public ListApplicationOutcome Record(string dataDirectory, ListApplication application)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataDirectory);
        ArgumentNullException.ThrowIfNull(application);
        var population = scoring.LoadRecords(dataDirectory);
        if (!population.Enterprises.Any(e => e.Uscc == application.Uscc))
        {
            return new(ListApplicationStatus.UnknownEnterprise, null, "", []);
        }

        var credit = population.CreditRecords[application.Uscc].ToList();
        var list = ListLifecycle.ListName(application.List)!;
        var earlier = population.ListApplications[application.Uscc].ToList();
        var before = lifecycle.Evaluate(credit, earlier, application.AppliedOn);
        var listing = Find(before, list, application.ListingDocumentNo);
        if (listing is null)
        {
            return new(ListApplicationStatus.UnknownListing, null, Listings(before, list), []);
        }

        if (!listing.InForceOn(application.AppliedOn))
        {
            var text = new StringBuilder();
            ListExplanation.Write(text, bundle, new ListStanding(application.AppliedOn, [listing]));
            return new(ListApplicationStatus.NotInForce, null, text.ToString(), []);
        }

        var day = application.DecidedOn ?? application.AppliedOn;
        var after = lifecycle.Evaluate(credit, [.. earlier, application], day);
        var decided = Find(after, list, application.ListingDocumentNo)!;
        string? decision = application.DecidedOn is null ? null : decided.InForceOn(day) ? "rejected" : "approved";
        var problems = CreditRepairFile.Append(dataDirectory, application, decision);
        var explanation = new StringBuilder();
        ListExplanation.Write(explanation, bundle, new ListStanding(day, [decided]), traceRules: decision != "approved");
        return problems.Count > 0
            ? new(ListApplicationStatus.Refused, null, explanation.ToString(), problems)
            : new(ListApplicationStatus.Recorded, decision, explanation.ToString(), []);
    }

    // The recorded listing (not an escalation that reuses its document number).
    private static ListingState? Find(ListStanding standing, string list, string documentNo)
        => standing.Listings.FirstOrDefault(l => l.Listing.List == list && l.Listing.DocumentNo == documentNo && l.Listing.EscalatedBy is null)
            ?? standing.Listings.FirstOrDefault(l => l.Listing.List == list && l.Listing.DocumentNo == documentNo);

    private static string Listings(ListStanding standing, string list)
    {
        var of = standing.Listings.Where(l => l.Listing.List == list).ToList();
        return of.Count == 0
            ? $"该企业在申请日没有{ListExplanation.ListTitle(list)}的列入记录。\n"
            : $"该企业{ListExplanation.ListTitle(list)}的列入记录：{string.Join("、", of.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Listing.DocumentNo}（{l.Listing.ListedOn:yyyy-MM-dd}）")))}\n";
    }
}
