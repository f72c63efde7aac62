namespace Supervision.Draws.Protocol;

/// <summary>
/// How a prepared draw's seed came about, in its record (<c>preparation</c>): the preparation it executes (SHA-256 of
/// <c>preparation.json</c>), every department's revealed share with its commitment, and the public random value.
/// </summary>
/// <param name="Sha256">SHA-256 of the preparation file, as published in the pre-draw notice.</param>
/// <param name="PublicRandomness">The public value's name, as the preparation gave it.</param>
/// <param name="PublicValue">The public value, exactly as published by its source.</param>
/// <param name="Shares">The revealed shares, in the preparation's order of commitments.</param>
public sealed record PreparationReveal(string Sha256, string PublicRandomness, string PublicValue, IReadOnlyList<RevealedShare> Shares);
