using Supervision.Rules.Tolerance;

namespace Supervision.Data.Results;

/// <summary>Outcome words for files and notices (the Rules project keeps its own copy internal to the list).</summary>
public static class ResultWords
{
    public static string Of(ToleranceOutcome outcome) => ToleranceWords.Of(outcome);

    public static ToleranceOutcome? Parse(string words)
        => Enum.GetValues<ToleranceOutcome>().Cast<ToleranceOutcome?>().FirstOrDefault(o => ToleranceWords.Of(o!.Value) == words);
}
