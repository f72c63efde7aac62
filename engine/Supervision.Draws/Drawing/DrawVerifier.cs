using System.Security.Cryptography;
using Supervision.Draws.Record;

namespace Supervision.Draws.Drawing;

/// <summary>Recomputes a draw from its record and population snapshot and lists every difference.</summary>
public static class DrawVerifier
{
    public static IReadOnlyList<string> Verify(DrawRecord record, byte[] populationSnapshot)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(populationSnapshot);
        var problems = new List<string>();
        if (record.Algorithm != Lottery.Algorithm)
        {
            return [$"record uses algorithm '{record.Algorithm}'; this program implements '{Lottery.Algorithm}'"];
        }

        var lottery = new Lottery(record.Seed);
        if (lottery.Commitment != record.SeedCommitment)
        {
            problems.Add($"seed commitment: SHA-256 of the seed is {lottery.Commitment}, the record says {record.SeedCommitment}");
        }

        var hash = PopulationSnapshot.Hash(populationSnapshot);
        if (hash != record.PopulationSha256)
        {
            problems.Add($"population snapshot: SHA-256 is {hash}, the record says {record.PopulationSha256}");
        }

        var outcome = DrawAlgorithm.Compute(record.Plans, PopulationSnapshot.Read(populationSnapshot), record.Inspectors, lottery);
        var expected = RecordJson.Serialize(record.Outcome).Split('\n');
        var actual = RecordJson.Serialize(outcome).Split('\n');
        for (var i = 0; i < Math.Max(expected.Length, actual.Length) && problems.Count < 20; i++)
        {
            var e = i < expected.Length ? expected[i].Trim() : "(nothing)";
            var a = i < actual.Length ? actual[i].Trim() : "(nothing)";
            if (e != a)
            {
                problems.Add($"outcome line {i + 1}: record has {e}, recomputed {a}");
            }
        }

        return problems;
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
