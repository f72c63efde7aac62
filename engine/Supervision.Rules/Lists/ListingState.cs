namespace Supervision.Rules.Lists;

/// <summary>Where one listing stands on the as-of date.</summary>
/// <param name="Listing">The listing.</param>
/// <param name="Matched">The list rules that matched it, in bundle order.</param>
/// <param name="Ending">The change that ends it (the earliest of the matched rules' dates), or null; a recorded removal date
/// earlier than every rule's date ends it with no rule (<see cref="EndedOn"/> then says when).</param>
/// <param name="EndedOn">The day it stopped being in force, or null while it is; after the as-of date it is still in force.</param>
/// <param name="Error">Why its list rules could not be evaluated, or null.</param>
/// <param name="Fact">The listing's fact the list rules read (for explanations).</param>
public sealed record ListingState(
    Listing Listing, IReadOnlyList<ListTransition> Matched, ListTransition? Ending, DateOnly? EndedOn, string? Error, Scoring.DecisionFact Fact)
{
    /// <summary>True when the listing is in force on <paramref name="date"/>.</summary>
    public bool InForceOn(DateOnly date) => Listing.ListedOn <= date && (EndedOn is null || EndedOn > date);
}
