namespace Supervision.Application.Results;

/// <summary>The answer of <see cref="EnterResult"/>.</summary>
/// <param name="Attempt">What became of the result.</param>
/// <param name="Errors">
/// For <see cref="EntryAttempt.Invalid"/>: the validator's reasons by results-file column name (<c>date</c>,
/// <c>findings</c>, …), the empty name for those of no column. Empty otherwise.
/// </param>
public sealed record EntryReport(EntryAttempt Attempt, IReadOnlyDictionary<string, IReadOnlyList<string>> Errors)
{
    public static EntryReport Of(EntryAttempt attempt) => new(attempt, new Dictionary<string, IReadOnlyList<string>>());
}
