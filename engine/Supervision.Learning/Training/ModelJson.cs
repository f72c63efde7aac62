using System.Text.Json;
using System.Text.Json.Serialization;

namespace Supervision.Learning.Training;

/// <summary>The JSON form of model metadata (the sidecar `model.json` next to `model.zip`).</summary>
internal static class ModelJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Write(ModelMetadata metadata) => JsonSerializer.Serialize(metadata, Options);

    public static ModelMetadata Read(string json)
        => JsonSerializer.Deserialize<ModelMetadata>(json, Options) ?? throw new JsonException("the model metadata is empty");
}
