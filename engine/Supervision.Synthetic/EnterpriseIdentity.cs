using Supervision.Model.Registry;

namespace Supervision.Synthetic;

/// <summary>The registry row of a synthetic enterprise and the industry it was drawn from.</summary>
internal sealed record EnterpriseIdentity(Enterprise Enterprise, Industry Industry)
{
    public RiskProfile Profile => Industry.Profile;

    /// <summary>Whole years from registration to <paramref name="asOf"/>.</summary>
    public int AgeYears(DateOnly asOf)
    {
        var registered = Enterprise.RegistrationDate;
        var years = asOf.Year - registered.Year;
        return registered.AddYears(years) > asOf ? years - 1 : years;
    }
}
