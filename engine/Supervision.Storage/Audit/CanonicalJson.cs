using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Supervision.Storage.Audit;

/// <summary>
/// The canonical JSON text of a value, as the audit log hashes it (docs/operations.md, "Audit log"): no whitespace;
/// object members sorted by name in ordinal UTF-16 order, duplicate names refused; strings with only <c>"</c>,
/// <c>\</c> and control characters escaped; numbers in plain decimal without exponent or trailing zeros.
/// </summary>
/// <remarks>
/// The payload goes through PostgreSQL's jsonb, which reorders members and rewrites numbers (<c>1.50</c> stays,
/// <c>1e2</c> becomes <c>100</c>); the canonical form is the same before and after, which is what lets
/// verification recompute a hash from the stored row.
/// </remarks>
internal static class CanonicalJson
{
    public static string Serialize(JsonElement value)
    {
        var text = new StringBuilder();
        Write(text, value);
        return text.ToString();
    }

    public static void Write(StringBuilder text, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(text, value);
                break;
            case JsonValueKind.Array:
                text.Append('[');
                var first = true;
                foreach (var item in value.EnumerateArray())
                {
                    if (!first)
                    {
                        text.Append(',');
                    }

                    Write(text, item);
                    first = false;
                }

                text.Append(']');
                break;
            case JsonValueKind.String:
                WriteString(text, value.GetString()!);
                break;
            case JsonValueKind.Number:
                text.Append(Number(value.GetRawText()));
                break;
            case JsonValueKind.True:
                text.Append("true");
                break;
            case JsonValueKind.False:
                text.Append("false");
                break;
            case JsonValueKind.Null:
                text.Append("null");
                break;
            default:
                throw new ArgumentException("An audit payload must be a JSON value.", nameof(value));
        }
    }

    public static void WriteString(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case < ' ': text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: text.Append(c); break;
            }
        }

        text.Append('"');
    }

    private static void WriteObject(StringBuilder text, JsonElement value)
    {
        var members = value.EnumerateObject().OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
        text.Append('{');
        for (var i = 0; i < members.Count; i++)
        {
            if (i > 0)
            {
                if (members[i].Name == members[i - 1].Name)
                {
                    throw new ArgumentException($"The audit payload has the member \"{members[i].Name}\" twice.", nameof(value));
                }

                text.Append(',');
            }

            WriteString(text, members[i].Name);
            text.Append(':');
            Write(text, members[i].Value);
        }

        text.Append('}');
    }

    // Plain decimal, no exponent, no trailing fractional zeros, no "-0"; beyond the range and precision of
    // System.Decimal (about 28 significant digits), the shortest round-trip form of the double.
    private static string Number(string raw)
    {
        if (decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact))
        {
            return exact == 0 ? "0" : exact.ToString("0.############################", CultureInfo.InvariantCulture);
        }

        return double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture);
    }
}
