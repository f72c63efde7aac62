using Supervision.Model.Randomness;
using Supervision.Model.Registry;

namespace Supervision.Synthetic;

/// <summary>
/// Draws the registry row of enterprise i from its own stream: industry, new-business-form flag, registration date
/// (1995 to the as-of date, about 8% within the last 24 months), status, park, grid, USCC and name.
/// </summary>
/// <remarks>Immutable after construction; safe to share between threads.</remarks>
internal sealed class IdentitySynthesizer
{
    private static readonly DateOnly EarliestRegistration = new(1995, 1, 1);

    private readonly ulong _seed;
    private readonly DateOnly _asOf;
    private readonly UsccFactory _codes;
    private readonly CompanyNames _names;

    public IdentitySynthesizer(ulong seed, DateOnly asOf)
    {
        _seed = seed;
        _asOf = asOf;
        _codes = new UsccFactory(seed);
        _names = new CompanyNames(seed);
    }

    public EnterpriseIdentity Create(long index)
    {
        var random = SeededRandom.Derive(_seed, (ulong)RandomStream.Identity, index);
        var industry = IndustryCatalog.All[random.PickIndex(IndustryCatalog.Weights)];
        var newBusinessForm = random.Bernoulli(industry.NewBusinessFormShare);
        var registered = RegistrationDate(random, newBusinessForm);
        var status = registered.AddYears(1) > _asOf
            ? OperatingStatus.Operating
            : random.PickWeighted<OperatingStatus>(
                [(OperatingStatus.Operating, 0.95), (OperatingStatus.Dormant, 0.03), (OperatingStatus.Revoked, 0.01), (OperatingStatus.Deregistered, 0.01)]);
        var region = Zone.Regions[random.PickIndex(Zone.RegionWeights(industry.Profile))];
        var grid = random.Pick(region.Grids);
        var division = random.Bernoulli(0.3) ? Zone.MunicipalDivisionCode : region.DivisionCode;
        var uscc = _codes.Create(index, division, registered);
        var name = _names.Create(index, random, industry, registered);
        var enterprise = new Enterprise(uscc, name, industry.Code, region.Name, grid.District, grid.Code, registered, status, newBusinessForm);
        return new EnterpriseIdentity(enterprise, industry);
    }

    /// <summary>
    /// New business forms are young: 40% were registered within 24 months (some exactly 24 months, or one day less,
    /// before the as-of date, on the edge of the observation period); others 6.3%. Older registrations are 30% from
    /// before the zone opened and 70% after.
    /// </summary>
    private DateOnly RegistrationDate(SeededRandom random, bool newBusinessForm)
    {
        var recentStart = _asOf.AddMonths(-24);
        if (random.Bernoulli(newBusinessForm ? 0.40 : 0.063))
        {
            var edge = newBusinessForm ? random.NextDouble() : 1;
            return edge < 0.05 ? recentStart : edge < 0.10 ? recentStart.AddDays(1) : random.NextDate(recentStart.AddDays(1), _asOf);
        }

        var oldEnd = recentStart.AddDays(-1);
        var split = Zone.Established < oldEnd ? Zone.Established : oldEnd;
        return random.Bernoulli(0.3) || split == oldEnd
            ? random.NextDate(EarliestRegistration, split)
            : random.NextDate(split, oldEnd);
    }
}
