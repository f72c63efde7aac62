using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Supervision.Runs;

namespace Supervision.Data.Runs;

/// <summary>The JSON form of run records and draw claims in the embedded run store: snake_case, ISO dates, readable Chinese.</summary>
internal static class RunJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static void Write<T>(Stream stream, T value) => JsonSerializer.Serialize(stream, value, Options);

    public static RunRecord ReadRun(string path)
        => JsonSerializer.Deserialize<RunRecord>(File.ReadAllBytes(path), Options) ?? throw new InvalidDataException($"{path} is not a run record");

    public static DrawClaimFile ReadClaim(string path)
        => JsonSerializer.Deserialize<DrawClaimFile>(File.ReadAllBytes(path), Options) ?? throw new InvalidDataException($"{path} is not a draw claim");
}
