using Supervision.Rules.Alerts;

namespace Supervision.Application.Reports;

/// <summary>The Chinese words of alert levels and kinds, for the pages and the exports.</summary>
public static class AlertWords
{
    /// <summary>The levels in order of urgency, with their words.</summary>
    public static IReadOnlyList<(string Level, string Words)> Levels { get; } = [("red", "红色"), ("orange", "橙色"), ("yellow", "黄色")];

    /// <summary>A level's words (红色预警 …), or the code when it is not one of the three.</summary>
    public static string Level(string level) => Levels.FirstOrDefault(l => l.Level == level).Words ?? level;

    /// <summary>A kind's Chinese name from the engine's vocabulary, or the code.</summary>
    public static string Kind(string kind) => AlertVocabulary.Kinds.TryGetValue(kind, out var words) ? words : kind;
}
