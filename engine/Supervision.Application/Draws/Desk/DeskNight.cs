namespace Supervision.Application.Draws.Desk;

/// <summary>A night prepared on the desk and not drawn yet: what it waits for.</summary>
/// <param name="RunId">The night's run.</param>
/// <param name="DrawId">The prepared draw.</param>
/// <param name="DrawDate">The draw date (the night's as-of date).</param>
/// <param name="PreparationSha256">SHA-256 of its preparation, as the pre-draw notice published it.</param>
/// <param name="PublicRandomness">The public value the draw takes, named as the notice named it.</param>
/// <param name="ValueDate">The date that value is published on (the day after the draw date).</param>
/// <param name="PublicValue">The value as recorded on the desk, or null while nobody has recorded it.</param>
/// <param name="Shares">Each department's commitment and whether its share is revealed, in the seed's order.</param>
/// <param name="Message">What the night said last (why it waits, or why an execution was refused).</param>
public sealed record DeskNight(
    string RunId,
    string DrawId,
    DateOnly DrawDate,
    string PreparationSha256,
    string PublicRandomness,
    DateOnly ValueDate,
    string? PublicValue,
    IReadOnlyList<DeskShare> Shares,
    string Message)
{
    /// <summary>True when the value and every share are on the desk: the draw can be made.</summary>
    public bool Ready => PublicValue is not null && Shares.All(s => s.Revealed);
}
