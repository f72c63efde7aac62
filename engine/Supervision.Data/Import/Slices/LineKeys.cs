using System.Text;

namespace Supervision.Data.Import.Slices;

/// <summary>Reads one field of a CSV line the way the importers see it (quotes removed, whitespace trimmed) without parsing the rest.</summary>
internal static class LineKeys
{
    /// <summary>The trimmed, unquoted value of field <paramref name="index"/>, or null when the line has fewer fields or a broken quote.</summary>
    public static string? Field(ReadOnlySpan<byte> line, int index, Encoding encoding)
    {
        var start = 0;
        for (var field = 0; ; field++)
        {
            var end = FieldEnd(line, start);
            if (end < 0)
            {
                return null;
            }

            if (field == index)
            {
                return Unquote(line[start..end], encoding);
            }

            if (end >= line.Length)
            {
                return null;
            }

            start = end + 1;
        }
    }

    /// <summary>Fields of a header line, decoded.</summary>
    public static List<string> Fields(string line)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        var fields = new List<string>();
        for (var index = 0; Field(bytes, index, Encoding.UTF8) is { } value; index++)
        {
            fields.Add(value);
        }

        return fields;
    }

    // The end of the field starting at start: the next comma outside quotes, or the line's end; -1 for an unclosed quote.
    private static int FieldEnd(ReadOnlySpan<byte> line, int start)
    {
        var i = start;
        while (i < line.Length && line[i] is (byte)' ' or (byte)'\t')
        {
            i++;
        }

        if (i < line.Length && line[i] == (byte)'"')
        {
            i++;
            while (true)
            {
                var quote = line[i..].IndexOf((byte)'"');
                if (quote < 0)
                {
                    return -1;
                }

                i += quote + 1;
                if (i < line.Length && line[i] == (byte)'"')
                {
                    i++;
                    continue;
                }

                break;
            }
        }

        var comma = line[i..].IndexOf((byte)',');
        return comma < 0 ? line.Length : i + comma;
    }

    private static string Unquote(ReadOnlySpan<byte> field, Encoding encoding)
    {
        field = field.Trim(" \t\r"u8);
        if (field.Length >= 2 && field[0] == (byte)'"' && field[^1] == (byte)'"')
        {
            return encoding.GetString(field[1..^1]).Replace("\"\"", "\"", StringComparison.Ordinal).Trim();
        }

        return encoding.GetString(field);
    }
}
