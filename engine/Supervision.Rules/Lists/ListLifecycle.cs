using Supervision.Model.Registry;
using Supervision.Rules.Compilation;
using Supervision.Rules.Scoring;

namespace Supervision.Rules.Lists;

/// <summary>
/// Decides where an enterprise's listings stand on a date: each listing becomes one fact of the list vocabulary,
/// the bundle's list rules run on it in an NRules session, and the earliest change they date ends it. An escalation
/// starts a serious-dishonesty listing on its date, which the rules then decide in turn.
/// </summary>
/// <remarks>Thread-safe: every call has its own session.</remarks>
public sealed class ListLifecycle
{
    // An escalated listing cannot escalate again (only abnormal-operation listings escalate), so two rounds suffice;
    // the third is a guard against a future rule set that chains further.
    private const int MaxRounds = 3;

    private readonly CompiledBundle _bundle;

    public ListLifecycle(CompiledBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        _bundle = bundle;
    }

    /// <param name="credit">The enterprise's credit records (listings and penalties are read).</param>
    /// <param name="applications">Its applications to leave a list.</param>
    /// <param name="asOf">The as-of date.</param>
    public ListStanding Evaluate(IReadOnlyList<CreditRecord> credit, IReadOnlyList<ListApplication> applications, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(credit);
        ArgumentNullException.ThrowIfNull(applications);
        return EvaluateMany([new ListRecords(credit, applications)], asOf)[0];
    }

    /// <summary>
    /// Where the listings of many enterprises stand, the same as <see cref="Evaluate"/> gives each: their listings of a
    /// round go into one NRules session together (a night's chunk in a few sessions rather than one per listed
    /// enterprise); should a value be missing, each enterprise of the round is decided on its own, so that only its
    /// failing listing fails.
    /// </summary>
    /// <param name="enterprises">Each enterprise's credit records and applications.</param>
    /// <param name="asOf">The as-of date.</param>
    public IReadOnlyList<ListStanding> EvaluateMany(IReadOnlyList<ListRecords> enterprises, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(enterprises);
        var rounds = new List<Listing>?[enterprises.Count];
        for (var e = 0; e < enterprises.Count; e++)
        {
            var credit = enterprises[e].Credit;
            for (var i = 0; i < credit.Count; i++)
            {
                var record = credit[i];
                if (ListName(record.Type) is { } list && record.StartDate <= asOf)
                {
                    (rounds[e] ??= []).Add(new Listing(list, record.DocumentNo, record.StartDate, record.Basis, record.EndDate, null));
                }
            }
        }

        var states = new List<ListingState>?[enterprises.Count];
        for (var r = 0; r < MaxRounds; r++)
        {
            // Each listing's fact keeps its index within its enterprise's round (as a lone evaluation numbers it); in the
            // shared session it is told apart by its index in the batch.
            var facts = new List<DecisionFact>();
            for (var e = 0; e < enterprises.Count; e++)
            {
                for (var i = 0; rounds[e] is { } round && i < round.Count; i++)
                {
                    facts.Add(Fact(i, round[i], enterprises[e].Credit, enterprises[e].Applications, asOf));
                }
            }

            if (facts.Count == 0)
            {
                break;
            }

            IReadOnlyList<int>[]? matched = null;
            try
            {
                matched = Run([.. facts.Select((f, i) => f with { CaseId = i })]);
            }
            catch (NRules.RuleExpressionEvaluationException)
            {
                // Decided enterprise by enterprise below.
            }

            var next = 0;
            for (var e = 0; e < enterprises.Count; e++)
            {
                if (rounds[e] is not { } round)
                {
                    continue;
                }

                var first = next;
                next += round.Count;
                var decided = matched is null
                    ? Decide(round, enterprises[e].Credit, enterprises[e].Applications, asOf)
                    : [.. round.Select((l, i) => State(l, facts[first + i], matched[first + i]))];
                (states[e] ??= []).AddRange(decided);
                List<Listing> escalated = [.. decided
                    .Where(s => s.Ending is { Action: ListAction.Escalate } end && end.On <= asOf)
                    .Select(s => new Listing(ListVocabulary.Blacklist, s.Listing.DocumentNo, s.Ending!.On, s.Ending.Rule.Basis, null, s.Ending.Rule.Id))];
                rounds[e] = escalated.Count > 0 ? escalated : null;
            }
        }

        return [.. states.Select(s => s is null ? ListStanding.None(asOf) : new ListStanding(asOf, s))];
    }

    /// <summary>The list a credit record type names, or null when it is not a list.</summary>
    public static string? ListName(CreditRecordType type) => type switch
    {
        CreditRecordType.Blacklist => ListVocabulary.Blacklist,
        CreditRecordType.AbnormalOperation => ListVocabulary.AbnormalOperation,
        _ => null,
    };

    private List<ListingState> Decide(List<Listing> listings, IReadOnlyList<CreditRecord> credit, IReadOnlyList<ListApplication> applications, DateOnly asOf)
    {
        var facts = listings.Select((l, i) => Fact(i, l, credit, applications, asOf)).ToList();
        IReadOnlyList<int>[] matched;
        try
        {
            matched = Run(facts);
        }
        catch (NRules.RuleExpressionEvaluationException)
        {
            // One listing's missing value aborts the session: decide each alone, so that only the failing one fails.
            return [.. listings.Select((l, i) => DecideAlone(l, facts[i]))];
        }

        return [.. listings.Select((l, i) => State(l, facts[i], matched[i]))];
    }

    private ListingState DecideAlone(Listing listing, DecisionFact fact)
    {
        try
        {
            return State(listing, fact, Run([fact with { CaseId = 0 }])[0]);
        }
        catch (NRules.RuleExpressionEvaluationException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            return new ListingState(listing, [], null, listing.RecordedEnd, $"the list rules could not be evaluated for listing {listing.DocumentNo}: {message}", fact);
        }
    }

    private IReadOnlyList<int>[] Run(IReadOnlyList<DecisionFact> facts)
    {
        if (_bundle.ListSessionFactory is not { } factory)
        {
            return [.. facts.Select(_ => (IReadOnlyList<int>)[])];
        }

        return CaseHits.Run(factory, facts);
    }

    private ListingState State(Listing listing, DecisionFact fact, IReadOnlyList<int> matched)
    {
        var transitions = new List<ListTransition>(matched.Count);
        foreach (var index in matched)
        {
            var rule = _bundle.Elements[index];
            var effect = rule.Rule!.ListEffect!;
            var variable = _bundle.ListLayout!.Catalog.Get(effect.OnDate);
            var day = fact.Numbers[variable.Slot];
            if (double.IsNaN(day))
            {
                return new ListingState(listing, [], null, listing.RecordedEnd,
                    $"list rule {rule.Id} dates its change by {effect.OnDate}, which listing {listing.DocumentNo} does not have", fact);
            }

            transitions.Add(new ListTransition(rule, effect.Action, DateOnly.FromDayNumber((int)day).AddMonths(effect.OnMonths)));
        }

        // The earliest change wins; on the same day, the first rule of the bundle.
        var ending = transitions.OrderBy(t => t.On).ThenBy(t => t.Rule.Index).FirstOrDefault();
        if (listing.RecordedEnd is { } recorded && (ending is null || recorded <= ending.On))
        {
            return new ListingState(listing, transitions, null, recorded, null, fact);
        }

        return new ListingState(listing, transitions, ending, ending?.On, null, fact);
    }

    private static DateOnly? DecidedBy(ListApplication? application, DateOnly asOf)
        => application?.DecidedOn is { } d && d <= asOf ? d : null;

    // Later application first; of one application's rows, a decision taken by the as-of date over none, the later decision last.
    private static bool Later(ListApplication candidate, ListApplication current, DateOnly asOf)
        => candidate.AppliedOn != current.AppliedOn
            ? candidate.AppliedOn > current.AppliedOn
            : (DecidedBy(candidate, asOf)?.DayNumber ?? -1) >= (DecidedBy(current, asOf)?.DayNumber ?? -1);

    private DecisionFact Fact(int caseId, Listing listing, IReadOnlyList<CreditRecord> credit, IReadOnlyList<ListApplication> applications, DateOnly asOf)
    {
        var layout = _bundle.ListLayout!;
        var (numbers, texts) = layout.NewSlots();
        layout.Set(numbers, texts, ListVocabulary.List, listing.List);
        layout.Set(numbers, texts, ListVocabulary.ListedOn, listing.ListedOn);
        layout.Set(numbers, texts, ListVocabulary.MonthsListed, (double)Math.Max(0, Language.Functions.WholeMonths(listing.ListedOn, asOf)));
        layout.Set(numbers, texts, ListVocabulary.Escalated, listing.EscalatedBy is not null);

        // The latest application for this listing received by the as-of date; a decision counts from its day. The same
        // application recorded pending and then decided is two rows: the decided one, once its day has come, is the one.
        ListApplication? application = null;
        foreach (var candidate in applications)
        {
            if (candidate.AppliedOn <= asOf && ListName(candidate.List) == listing.List && candidate.ListingDocumentNo == listing.DocumentNo
                && (application is null || Later(candidate, application, asOf)))
            {
                application = candidate;
            }
        }

        DateOnly? decidedOn = DecidedBy(application, asOf);
        if (application is not null)
        {
            layout.Set(numbers, texts, ListVocabulary.Applied, true);
            layout.Set(numbers, texts, ListVocabulary.AppliedOn, application.AppliedOn);
            layout.Set(numbers, texts, ListVocabulary.MonthsListedAtApplication,
                (double)Math.Max(0, Language.Functions.WholeMonths(listing.ListedOn, application.AppliedOn)));
            layout.Set(numbers, texts, ListVocabulary.PenaltiesFulfilled, application.PenaltiesFulfilled);
            layout.Set(numbers, texts, ListVocabulary.HarmRemoved, application.HarmRemoved);
            layout.Set(numbers, texts, ListVocabulary.CommitmentSigned, application.CommitmentSigned);
            layout.Set(numbers, texts, ListVocabulary.Corrected, application.Corrected);
            if (decidedOn is { } decided)
            {
                layout.Set(numbers, texts, ListVocabulary.Decided, true);
                layout.Set(numbers, texts, ListVocabulary.DecidedOn, decided);
            }
        }

        // Penalties after the listing, up to the decision (a later one cannot undo a repair already granted) or the as-of date.
        var until = decidedOn ?? asOf;
        var penalties = 0;
        foreach (var record in credit)
        {
            if (record.Type == CreditRecordType.Penalty && record.StartDate > listing.ListedOn && record.StartDate <= until)
            {
                penalties++;
            }
        }

        layout.Set(numbers, texts, ListVocabulary.NewPenalties, (double)penalties);
        return new DecisionFact(caseId, Language.Phase.Lists, asOf.DayNumber, numbers, texts);
    }
}
