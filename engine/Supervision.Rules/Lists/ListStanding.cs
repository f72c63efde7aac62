using Supervision.Rules.Bundle;
using Supervision.Rules.Language;

namespace Supervision.Rules.Lists;

/// <summary>An enterprise's listings on the as-of date, after the bundle's list rules.</summary>
/// <param name="AsOf">The as-of date.</param>
/// <param name="Listings">Every listing that had begun by the as-of date, recorded ones first, then escalations.</param>
public sealed record ListStanding(DateOnly AsOf, IReadOnlyList<ListingState> Listings)
{
    /// <summary>
    /// Indices of the list rules that ended a listing by the as-of date, ascending: what the assessment records as fired.
    /// A rule that matched a listing the records had already ended, or whose date a sooner rule beat, decided nothing.
    /// </summary>
    public IReadOnlyList<int> Hits { get; } = [.. Listings
        .Where(l => l.Ending is { } e && e.On <= AsOf)
        .Select(l => l.Ending!.Rule.Index).Distinct().Order()];

    /// <summary>The first listing whose list rules could not be evaluated, or null.</summary>
    public string? Error => Listings.Select(l => l.Error).FirstOrDefault(e => e is not null);

    public static ListStanding None(DateOnly asOf) => new(asOf, []);

    /// <summary>True when a listing on <paramref name="list"/> is in force on the as-of date.</summary>
    public bool IsListed(string list) => Listings.Any(l => l.Listing.List == list && l.InForceOn(AsOf));

    /// <summary>
    /// The value of a derived indicator that reads a list's standing (record types blacklist and abnormal_operation,
    /// operations active and months_active), or null when the indicator reads something else.
    /// </summary>
    public bool TryDerive(DeriveSpec spec, out object? value)
    {
        ArgumentNullException.ThrowIfNull(spec);
        value = null;
        if (spec.From != "credit-records.csv" || !ListVocabulary.Lists.Contains(spec.RecordType ?? ""))
        {
            return false;
        }

        var inForce = Listings.Where(l => l.Listing.List == spec.RecordType && l.InForceOn(AsOf)).ToList();
        switch (spec.Operation)
        {
            case "active":
                value = inForce.Count > 0;
                return true;
            case "months_active":
                value = inForce.Count == 0 ? null : (double)Functions.WholeMonths(inForce.Min(l => l.Listing.ListedOn), AsOf);
                return true;
            default:
                return false;
        }
    }
}
