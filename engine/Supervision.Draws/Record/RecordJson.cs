using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Supervision.Draws.Record;

/// <summary>The JSON form of draw records: snake_case names, ISO dates, Chinese kept readable.</summary>
public static class RecordJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>The same form without indentation, for storage: a third smaller for a million-enterprise draw.</summary>
    public static JsonSerializerOptions Compact { get; } = new(Options) { WriteIndented = false };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Reads a draw record; a file that is not one (bad JSON, a missing or null field) is refused, never half read.</summary>
    /// <exception cref="JsonException">The file is not a draw record; <see cref="JsonException.LineNumber"/> says where.</exception>
    public static DrawRecord Read(string path)
        => JsonSerializer.Deserialize<DrawRecord>(File.ReadAllText(path), Strict)
            ?? throw new JsonException($"{path} is not a draw record (null)");

    /// <summary>Reads a draw record held as text (the database's copy); refused like <see cref="Read"/>.</summary>
    /// <exception cref="JsonException">The text is not a draw record.</exception>
    public static DrawRecord Parse(string json)
        => JsonSerializer.Deserialize<DrawRecord>(json, Strict) ?? throw new JsonException("not a draw record (null)");

    // Reading only: a record written by this program has every field; one that lacks any was not.
    internal static JsonSerializerOptions Strict { get; } = new(Options) { RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true };
}
