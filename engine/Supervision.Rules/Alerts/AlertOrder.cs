namespace Supervision.Rules.Alerts;

/// <summary>The order alert lists are kept and shown in: level (red first), then enterprise, then rule.</summary>
public static class AlertOrder
{
    public static IEnumerable<Alert> Ordered(IEnumerable<Alert> alerts)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        return alerts
            .OrderBy(a => Rank(a.Level))
            .ThenBy(a => a.Uscc, StringComparer.Ordinal)
            .ThenBy(a => a.RuleId, StringComparer.Ordinal);
    }

    /// <summary>0 for the most urgent level; unknown levels last.</summary>
    public static int Rank(string level)
    {
        for (var i = 0; i < AlertVocabulary.LevelsByUrgency.Count; i++)
        {
            if (AlertVocabulary.LevelsByUrgency[i] == level)
            {
                return i;
            }
        }

        return AlertVocabulary.LevelsByUrgency.Count;
    }
}
