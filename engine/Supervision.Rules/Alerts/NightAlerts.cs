namespace Supervision.Rules.Alerts;

/// <summary>The alerts of a night (or of a batch of its enterprises), in input order then bundle order.</summary>
/// <param name="Alerts">Every alert raised.</param>
/// <param name="Failures">Enterprises whose alert rules could not be evaluated.</param>
public sealed record NightAlerts(IReadOnlyList<Alert> Alerts, IReadOnlyList<AlertFailure> Failures)
{
    public static NightAlerts Empty { get; } = new([], []);
}
