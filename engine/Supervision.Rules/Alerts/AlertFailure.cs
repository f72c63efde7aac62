namespace Supervision.Rules.Alerts;

/// <summary>An enterprise whose alert rules could not be evaluated (a value they read is missing), with the reason.</summary>
/// <param name="Uscc">The enterprise.</param>
/// <param name="Message">What went wrong, naming the rule and the value.</param>
public sealed record AlertFailure(string Uscc, string Message);
