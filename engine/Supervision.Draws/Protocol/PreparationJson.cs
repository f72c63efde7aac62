using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Supervision.Draws.Record;

namespace Supervision.Draws.Protocol;

/// <summary>Writes and reads <c>preparation.json</c>; its SHA-256 is that of the file's bytes, as published.</summary>
public static class PreparationJson
{
    /// <summary>Writes the preparation and returns the SHA-256 of the bytes written (hex).</summary>
    public static string Write(string path, DrawPreparation preparation)
    {
        var bytes = Bytes(preparation);
        File.WriteAllBytes(path, bytes);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>The file's bytes: the record's JSON conventions (snake case, indented, UTF-8 without BOM), one final line feed.</summary>
    public static byte[] Bytes(DrawPreparation preparation) => new UTF8Encoding(false).GetBytes(RecordJson.Serialize(preparation) + "\n");

    /// <summary>Reads a preparation and the SHA-256 of its bytes.</summary>
    /// <exception cref="JsonException">The file is not a preparation.</exception>
    public static (DrawPreparation Preparation, string Sha256) Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var preparation = JsonSerializer.Deserialize<DrawPreparation>(bytes, RecordJson.Strict)
            ?? throw new JsonException($"{path} is not a draw preparation (null)");
        if (preparation.Protocol != DrawPreparation.Version)
        {
            throw new JsonException($"{path}: protocol '{preparation.Protocol}'; this program implements '{DrawPreparation.Version}'");
        }

        return (preparation, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }
}
