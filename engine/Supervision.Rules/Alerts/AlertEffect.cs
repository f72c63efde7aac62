namespace Supervision.Rules.Alerts;

/// <summary>The effect of an alert rule: the kind of alert it raises and how urgent it is.</summary>
/// <param name="Kind">One of <see cref="AlertVocabulary.Kinds"/>.</param>
/// <param name="Level">One of <see cref="AlertVocabulary.Levels"/>.</param>
public sealed record AlertEffect(string Kind, string Level);
