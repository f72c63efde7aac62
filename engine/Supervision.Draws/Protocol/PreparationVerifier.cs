using System.Security.Cryptography;
using System.Text.Json;
using Supervision.Draws.Record;

namespace Supervision.Draws.Protocol;

/// <summary>
/// Checks that a prepared draw's record is the execution of its preparation: the preparation file is the one the
/// record names (its SHA-256), every committed share was revealed and matches, the seed is derived from the preparation,
/// the shares and the public value, and every frozen input of the record (plans, inspectors, hashes, counts) equals the
/// preparation's — compared as data, decimals exactly.
/// </summary>
public static class PreparationVerifier
{
    /// <summary>The problems found; none when the record executes exactly the preparation in <paramref name="preparationFile"/>.</summary>
    public static IReadOnlyList<string> Verify(DrawRecord record, byte[] preparationFile)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(preparationFile);
        if (record.Preparation is not { } reveal)
        {
            return ["the record is not of a prepared draw (it has no preparation): its seed was given, not derived"];
        }

        var problems = new List<string>();
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(preparationFile));
        if (sha256 != reveal.Sha256)
        {
            problems.Add($"preparation: SHA-256 of {DrawPreparation.FileName} is {sha256}, the record executes {reveal.Sha256}");
        }

        DrawPreparation preparation;
        try
        {
            preparation = JsonSerializer.Deserialize<DrawPreparation>(preparationFile, RecordJson.Strict) ?? throw new JsonException("null");
        }
        catch (JsonException e)
        {
            problems.Add($"preparation: not a draw preparation: {e.Message}");
            return problems;
        }

        if (preparation.Protocol != DrawPreparation.Version)
        {
            problems.Add($"preparation: protocol '{preparation.Protocol}'; this program implements '{DrawPreparation.Version}'");
            return problems;
        }

        CheckShares(preparation, reveal, problems);
        if (reveal.PublicRandomness != preparation.PublicRandomness)
        {
            problems.Add($"public randomness: the record names \"{reveal.PublicRandomness}\", the preparation \"{preparation.PublicRandomness}\"");
        }

        try
        {
            var seed = SeedDerivation.Derive(reveal.Sha256, reveal.Shares, reveal.PublicValue);
            if (seed != record.Seed)
            {
                problems.Add($"seed: derived {seed} from the preparation, the shares and the public value; the record has {record.Seed}");
            }
        }
        catch (FormatException e)
        {
            problems.Add($"seed: cannot be derived: {e.Message}");
        }

        CheckFrozen(preparation, record, problems);
        return problems;
    }

    private static void CheckShares(DrawPreparation preparation, PreparationReveal reveal, List<string> problems)
    {
        var committed = preparation.Commitments.Select(c => c.Department).ToList();
        var revealed = reveal.Shares.Select(s => s.Department).ToList();
        if (!committed.SequenceEqual(revealed, StringComparer.Ordinal))
        {
            problems.Add($"shares: the preparation commits {string.Join("、", committed)}; the record reveals {string.Join("、", revealed)} (every department, in that order)");
        }

        foreach (var (commitment, share) in preparation.Commitments.Zip(reveal.Shares))
        {
            if (share.Commitment != commitment.Commitment || !SeedShares.Matches(commitment.Department, share.Share, commitment.Commitment))
            {
                problems.Add($"share of {commitment.Department}: does not match its commitment {commitment.Commitment} in the preparation");
            }
        }
    }

    private static void CheckFrozen(DrawPreparation preparation, DrawRecord record, List<string> problems)
    {
        void Same<T>(string what, T expected, T actual)
        {
            if (!EqualityComparer<T>.Default.Equals(expected, actual))
            {
                problems.Add($"{what}: the preparation has {expected}, the record {actual}");
            }
        }

        Same("draw id", preparation.DrawId, record.DrawId);
        Same("as-of date", preparation.AsOf, record.AsOf);
        Same("bundle hash", preparation.BundleHash, record.BundleHash);
        Same("calendar hash", preparation.CalendarHash, record.CalendarHash);
        Same("population snapshot SHA-256", preparation.PopulationSha256, record.PopulationSha256);
        Same("population entries", preparation.PopulationEntries, record.PopulationEntries);
        Same("exclusions", preparation.Exclusions, record.Exclusions);
        problems.AddRange(JsonEquivalence.Differences(Element(preparation.Plans), Element(record.Plans), "plans"));
        problems.AddRange(JsonEquivalence.Differences(Element(preparation.Inspectors), Element(record.Inspectors), "inspectors"));
    }

    private static JsonElement Element<T>(T value) => JsonSerializer.SerializeToElement(value, RecordJson.Options);
}
