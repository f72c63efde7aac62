using System.Globalization;
using System.Text;
using Supervision.Rules.Compilation;
using Supervision.Rules.Explanation;
using Supervision.Rules.Language;

namespace Supervision.Rules.Lists;

/// <summary>
/// Writes where an enterprise's listings stand: each listing with its date and basis, the list rule that ended it
/// (with the values it read, its basis and location) or why it is still in force, and on request each list rule of
/// the listing's list traced part by part ("why was the repair not granted?").
/// </summary>
public static class ListExplanation
{
    /// <summary>The list's name in the interface.</summary>
    public static string ListTitle(string list) => list == ListVocabulary.Blacklist ? "严重违法失信名单" : "经营异常名录";

    /// <param name="text">Where to write.</param>
    /// <param name="bundle">The bundle whose list rules decided.</param>
    /// <param name="standing">The enterprise's standing.</param>
    /// <param name="traceRules">True to trace every list rule of each in-force listing's list, part by part.</param>
    public static void Write(StringBuilder text, CompiledBundle bundle, ListStanding standing, bool traceRules = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(bundle);
        ArgumentNullException.ThrowIfNull(standing);
        text.AppendLine("名单 (lists):");
        foreach (var state in standing.Listings)
        {
            Listing(text, bundle, standing.AsOf, state, traceRules);
        }

        text.AppendLine();
    }

    /// <summary>
    /// "Why did list rule <paramref name="rule"/> not decide?": each listing of its list with where it stands and the
    /// rule's condition traced part by part on that listing's facts.
    /// </summary>
    public static void WhyNot(StringBuilder text, CompiledBundle bundle, ListStanding? standing, Element rule)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(bundle);
        ArgumentNullException.ThrowIfNull(rule);
        var list = rule.Rule!.ListEffect!.List;
        var catalog = bundle.ListLayout!.Catalog;
        text.AppendLine(CultureInfo.InvariantCulture, $"{rule.Id} {rule.Title}（名单规则，作用于{ListTitle(list)}的每条列入记录）");
        ElementLine.Basis(text, 0, rule);
        var listings = standing?.Listings.Where(l => l.Listing.List == list).ToList() ?? [];
        if (listings.Count == 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"该企业在评估日没有{ListTitle(list)}的列入记录，本规则无从适用。");
            return;
        }

        foreach (var state in listings)
        {
            Listing(text, bundle, standing!.AsOf, state, traceRules: false);
            var decided = state.Ending?.Rule == rule && state.Ending.On <= standing.AsOf;
            var matched = state.Matched.Any(t => t.Rule == rule);
            text.AppendLine(CultureInfo.InvariantCulture,
                $"    {rule.Id}：{(decided ? "成立，并作出了决定" : matched ? "成立，但未作出决定（另有日期更早的变化）" : "不成立")}");
            TraceWriter.Write(text, ConditionTracer.Trace(rule.Rule.When, rule.Rule.WhenLocation, catalog, Phase.Evaluation, state.Fact), "      ");
        }
    }

    private static void Listing(StringBuilder text, CompiledBundle bundle, DateOnly asOf, ListingState state, bool traceRules)
    {
        var listing = state.Listing;
        var origin = listing.EscalatedBy is { } rule ? $"由 {rule} 转入" : $"依据 {listing.Basis}";
        text.AppendLine(CultureInfo.InvariantCulture,
            $"  {ListTitle(listing.List)} {listing.DocumentNo} · 列入 {listing.ListedOn:yyyy-MM-dd}（{origin}）");
        var catalog = bundle.ListLayout?.Catalog ?? ListVocabulary.Catalog(bundle.Bundle.Manifest);
        if (state.Error is not null)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"    无法判断 (evaluation error): {state.Error}");
        }
        else if (state.Ending is { } ending && ending.On <= asOf)
        {
            var verb = ending.Action == ListAction.Escalate ? "移出并转入严重违法失信名单" : "移出";
            ElementLine.Write(text, $"    {ending.On:yyyy-MM-dd} {verb}：", ending.Rule, catalog, state.Fact, null);
        }
        else if (state.EndedOn is { } ended && ended <= asOf)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"    {ended:yyyy-MM-dd} 移出（credit-records.csv 登记的移出日期）");
        }
        else
        {
            var months = Functions.WholeMonths(listing.ListedOn, asOf);
            text.AppendLine(CultureInfo.InvariantCulture, $"    在{(listing.List == ListVocabulary.Blacklist ? "名单" : "名录")}中（已列入 {months} 个月）");
        }

        foreach (var other in state.Matched.Where(t => t != state.Ending))
        {
            ElementLine.Write(text, $"    亦成立（日期 {other.On:yyyy-MM-dd} 较晚，未作决定）：", other.Rule, catalog, state.Fact, null);
        }

        if (traceRules && state.InForceOn(asOf))
        {
            foreach (var element in bundle.ListRules.Where(e => e.Rule!.ListEffect!.List == listing.List))
            {
                var trace = ConditionTracer.Trace(element.Rule!.When, element.Rule.WhenLocation, catalog, Phase.Evaluation, state.Fact);
                text.AppendLine(CultureInfo.InvariantCulture, $"    {element.Id} {element.Title}：不成立");
                ElementLine.Basis(text, 4, element);
                TraceWriter.Write(text, trace, "      ");
            }
        }
    }
}
