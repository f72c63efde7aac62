namespace Supervision.Data.Changes;

/// <summary>
/// Compares two nights' assessments: every enterprise present on both whose safety level, credit class, category or
/// regime changed, in the later file's order, with the elements that appeared and disappeared (ordinal order).
/// </summary>
public static class NightChanges
{
    public static IReadOnlyList<StatusChange> Compare(IReadOnlyDictionary<string, StatusSnapshot> before, IEnumerable<StatusSnapshot> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<StatusChange>();
        foreach (var now in after)
        {
            if (!before.TryGetValue(now.Uscc, out var then)
                || (then.SafetyLevel, then.CreditClass, then.Category, then.Regime) == (now.SafetyLevel, now.CreditClass, now.Category, now.Regime))
            {
                continue;
            }

            changes.Add(new StatusChange(then, now,
                [.. now.Fired.Except(then.Fired).Order(StringComparer.Ordinal)],
                [.. then.Fired.Except(now.Fired).Order(StringComparer.Ordinal)]));
        }

        return changes;
    }
}
