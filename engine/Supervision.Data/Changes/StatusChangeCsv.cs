using Supervision.Data.Import;

namespace Supervision.Data.Changes;

/// <summary>The changes as CSV for regulators (BOM, formula-injection safe).</summary>
public static class StatusChangeCsv
{
    private static readonly IReadOnlyList<string> Headers =
    [
        "uscc", "name", "before_as_of", "after_as_of", "safety_level_before", "safety_level_after", "credit_class_before", "credit_class_after",
        "category_before", "category_after", "regime_before", "regime_after", "began_to_apply", "stopped_applying",
    ];

    public static void Write(string path, IEnumerable<StatusChange> changes)
        => SafeCsvWriter.Write(path, Headers, changes.Select(c => (IReadOnlyList<string?>)
        [
            c.After.Uscc, c.After.Name, c.Before.AsOf, c.After.AsOf, c.Before.SafetyLevel, c.After.SafetyLevel, c.Before.CreditClass, c.After.CreditClass,
            c.Before.Category, c.After.Category, c.Before.Regime, c.After.Regime, string.Join(';', c.Appeared), string.Join(';', c.Disappeared),
        ]));
}
