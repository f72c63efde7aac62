namespace Supervision.Data.Changes;

/// <summary>One enterprise's row of an assessments export, as far as a change between two nights concerns it.</summary>
public sealed record StatusSnapshot(
    string Uscc, string Name, string AsOf, string SafetyLevel, string CreditClass, string Category, string Regime, IReadOnlySet<string> Fired);
