using System.Text.Json;
using System.Text.Json.Serialization;
using Supervision.Draws.Drawing;
using Supervision.Model.Registry;

namespace Supervision.Runs;

/// <summary>
/// Reads the draw candidates of a stored chunk summary (the JSON the default serializer writes) into compact objects:
/// the repeated texts from <see cref="Pool"/>, shared empty lists and maps, inspections this year in one small array.
/// Writes as the default serializer does.
/// </summary>
/// <remarks>Used by one reader at a time: the reader sets <see cref="Pool"/> for the strings of what it reads.</remarks>
internal sealed class DrawCandidateConverter(JsonSerializerOptions writing) : JsonConverter<DrawCandidate>
{
    private static readonly byte[][] Fields =
    [
        "Uscc"u8.ToArray(), "Name"u8.ToArray(), "IndustryCode"u8.ToArray(), "Region"u8.ToArray(), "Status"u8.ToArray(),
        "Category"u8.ToArray(), "Ratio"u8.ToArray(), "MinCount"u8.ToArray(), "Exempt"u8.ToArray(), "Regime"u8.ToArray(),
        "AssessmentError"u8.ToArray(), "LastInspectors"u8.ToArray(), "InspectionsThisYear"u8.ToArray(), "Triggers"u8.ToArray(),
    ];

    private readonly List<string> _inspectors = [];
    private readonly List<KeyValuePair<string, int>> _counts = [];

    public StringPool? Pool { get; set; }

    public override DrawCandidate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"a draw candidate is a JSON object, not {reader.TokenType}");
        }

        var pool = Pool ?? throw new InvalidOperationException("the reader of draw candidates sets a string pool first");
        string? uscc = null, name = null, industryCode = null, region = null, category = null, regime = null, error = null;
        var status = default(OperatingStatus);
        var ratio = 0m;
        int minCount = 0;
        var exempt = false;
        IReadOnlyList<string>? lastInspectors = null;
        IReadOnlyDictionary<string, int>? inspections = null;
        IReadOnlyList<TriggerRecord>? triggers = null;
        var field = -1;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            field = Field(ref reader, field + 1);
            reader.Read();
            switch (field)
            {
                case 0: uscc = reader.GetString(); break;
                case 1: name = reader.GetString(); break;
                case 2: industryCode = pool.Read(ref reader); break;
                case 3: region = pool.Read(ref reader); break;
                case 4: status = JsonSerializer.Deserialize<OperatingStatus>(ref reader, options); break;
                case 5: category = pool.Read(ref reader); break;
                case 6: ratio = reader.GetDecimal(); break;
                case 7: minCount = reader.GetInt32(); break;
                case 8: exempt = reader.GetBoolean(); break;
                case 9: regime = pool.Read(ref reader); break;
                case 10: error = pool.Read(ref reader); break;
                case 11: lastInspectors = ReadInspectors(ref reader, pool); break;
                case 12: inspections = ReadCounts(ref reader, pool); break;
                case 13: triggers = ReadTriggers(ref reader, options); break;
                default: reader.Skip(); break;
            }
        }

        return new DrawCandidate(uscc!, name!, industryCode!, region!, status, category!, ratio, minCount, exempt, regime!, error,
            lastInspectors!, inspections!, triggers!);
    }

    public override void Write(Utf8JsonWriter writer, DrawCandidate value, JsonSerializerOptions options)
        => JsonSerializer.Serialize(writer, value, writing);

    // The position of the property in the record, or -1 for a property the candidate does not have. The serializer
    // writes them in that order: the one after the previous is tried first.
    private static int Field(ref Utf8JsonReader reader, int expected)
    {
        if (expected < Fields.Length && reader.ValueTextEquals(Fields[expected]))
        {
            return expected;
        }

        for (var i = 0; i < Fields.Length; i++)
        {
            if (reader.ValueTextEquals(Fields[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static IReadOnlyList<TriggerRecord>? ReadTriggers(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        List<TriggerRecord>? triggers = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            (triggers ??= []).Add(JsonSerializer.Deserialize<TriggerRecord>(ref reader, options)!);
        }

        return triggers is null ? Array.Empty<TriggerRecord>() : triggers;
    }

    private string[]? ReadInspectors(ref Utf8JsonReader reader, StringPool pool)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        _inspectors.Clear();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            _inspectors.Add(pool.Read(ref reader)!);
        }

        return _inspectors.Count == 0 ? Array.Empty<string>() : [.. _inspectors];
    }

    private IReadOnlyDictionary<string, int>? ReadCounts(ref Utf8JsonReader reader, StringPool pool)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        _counts.Clear();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = pool.Read(ref reader)!;
            reader.Read();
            _counts.Add(new(key, reader.GetInt32()));
        }

        return SmallCounts.Of(_counts);
    }
}
