using Supervision.Rules.Diagnostics;

namespace Supervision.Rules.Testing;

/// <summary>One case of a rule test file, checked and ready to run.</summary>
/// <param name="Name">The regulator's name for the case.</param>
/// <param name="Location">File and line of the case.</param>
/// <param name="AsOf">The as-of date it is scored on.</param>
/// <param name="Given">Indicator values (double, bool, DateOnly or string); null means "no value in the data".</param>
/// <param name="Expect">What the outcome must show.</param>
/// <param name="Listings">Listings the list rules decide first (their standing sets the list indicators), or null.</param>
internal sealed record RuleTestCase(
    string Name,
    SourceLocation Location,
    DateOnly AsOf,
    IReadOnlyDictionary<string, object?> Given,
    RuleTestExpectation Expect,
    GivenListings? Listings = null)
{
    /// <summary>What the alert rules compare the case's outcome with (<c>night:</c>); none by default.</summary>
    public Alerts.NightSignals Night { get; init; } = Alerts.NightSignals.None;
}
