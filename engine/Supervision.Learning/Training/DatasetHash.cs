using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Supervision.Learning.Features;

namespace Supervision.Learning.Training;

/// <summary>SHA-256 of a dataset's rows: feature names, then per row id, date, label and the exact bits of every value.</summary>
internal static class DatasetHash
{
    public static string Compute(IReadOnlyList<string> features, IEnumerable<InspectionExample> examples)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(examples);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(string.Join('\n', features) + "\n\n"));
        Span<byte> bits = stackalloc byte[4];
        foreach (var example in examples)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{example.EnterpriseId}\t{example.Date:yyyy-MM-dd}\t{example.Label}\t"));
            foreach (var value in example.Features)
            {
                BinaryPrimitives.WriteSingleLittleEndian(bits, value);
                hash.AppendData(bits);
            }

            hash.AppendData("\n"u8);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
