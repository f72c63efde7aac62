using Supervision.Draws.Drawing;
using Supervision.Draws.Record;

namespace Supervision.Draws.Protocol;

/// <summary>
/// The second phase of a prepared draw: checks every revealed share against its commitment and the frozen population
/// against its hash, derives the seed, and draws. It refuses (draws nothing) when a share is missing, unknown or does
/// not match, or when the snapshot is not the one the preparation froze.
/// </summary>
public static class PreparedDrawExecution
{
    /// <summary>Executes <paramref name="preparation"/> (whose file's SHA-256 is <paramref name="preparationSha256"/>).</summary>
    /// <param name="preparation">The preparation.</param>
    /// <param name="preparationSha256">SHA-256 of its file, as published in the pre-draw notice.</param>
    /// <param name="snapshot">The population snapshot the preparation froze.</param>
    /// <param name="shares">Each department's revealed share (64 hex characters), by department.</param>
    /// <param name="publicValue">The public random value, exactly as its source published it.</param>
    /// <returns>The draw (its <see cref="DrawResult.Exclusions"/> are the preparation's file, not repeated), or the refusals.</returns>
    public static (DrawResult? Result, IReadOnlyList<string> Refusals) Run(
        DrawPreparation preparation, string preparationSha256, byte[] snapshot, IReadOnlyDictionary<string, string> shares, string publicValue)
    {
        ArgumentNullException.ThrowIfNull(preparation);
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(shares);
        var refusals = new List<string>();
        if (string.IsNullOrWhiteSpace(publicValue))
        {
            refusals.Add($"the public random value is empty; the preparation names it: {preparation.PublicRandomness}");
        }

        var hash = PopulationSnapshot.Hash(snapshot);
        if (hash != preparation.PopulationSha256)
        {
            refusals.Add($"population.csv: SHA-256 is {hash}; the preparation froze {preparation.PopulationSha256} (the population changed after it was published)");
        }

        var revealed = new List<RevealedShare>();
        foreach (var commitment in preparation.Commitments)
        {
            if (!shares.TryGetValue(commitment.Department, out var share))
            {
                refusals.Add($"no share revealed for {commitment.Department}");
            }
            else if (!SeedShares.Matches(commitment.Department, share, commitment.Commitment))
            {
                refusals.Add($"the share revealed for {commitment.Department} does not match its commitment {commitment.Commitment}");
            }
            else
            {
                revealed.Add(new RevealedShare(commitment.Department, share, commitment.Commitment));
            }
        }

        foreach (var unknown in shares.Keys.Where(d => preparation.Commitments.All(c => c.Department != d)).Order(StringComparer.Ordinal))
        {
            refusals.Add($"a share was revealed for {unknown}, which committed none in the preparation");
        }

        if (refusals.Count > 0)
        {
            return (null, refusals);
        }

        var seed = SeedDerivation.Derive(preparationSha256, revealed, publicValue);
        var frozen = new FrozenDraw(preparation.DrawId, preparation.AsOf, preparation.BundleHash, preparation.CalendarHash, preparation.Plans,
            preparation.Inspectors, PopulationSnapshot.Read(snapshot), snapshot, []);
        var result = DrawRunner.Draw(frozen, seed);
        var record = result.Record with
        {
            Exclusions = preparation.Exclusions,
            Preparation = new PreparationReveal(preparationSha256, preparation.PublicRandomness, publicValue, revealed),
        };
        return (result with { Record = record }, []);
    }
}
