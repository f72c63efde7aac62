using System.Buffers;
using System.Text;

namespace Supervision.Draws.Record;

/// <summary>
/// One CSV field in UTF-8 as CsvHelper writes it by default (RFC 4180, <c>CsvQuoting.WhenNeeded</c>): quoted when it
/// holds a comma, a quote, CR or LF, with its quotes doubled; nothing else is quoted, not even leading or trailing
/// spaces. A field may be a list, written joined by ';'.
/// </summary>
internal static class Utf8CsvField
{
    private static readonly SearchValues<char> Special = SearchValues.Create(",\"\r\n");

    /// <summary>The bytes the field takes.</summary>
    public static int Length(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        return NeedsQuotes(value) ? length + 2 + value.AsSpan().Count('"') : length;
    }

    /// <summary>The bytes the list's field takes.</summary>
    public static int Length(IReadOnlyList<string> values)
    {
        var length = Math.Max(0, values.Count - 1);
        var quoted = false;
        for (var i = 0; i < values.Count; i++)
        {
            length += Encoding.UTF8.GetByteCount(values[i]) + values[i].AsSpan().Count('"');
            quoted |= NeedsQuotes(values[i]);
        }

        return quoted ? length + 2 : length;
    }

    /// <summary>Writes the field at the start of <paramref name="destination"/>; returns the bytes written.</summary>
    public static int Write(string value, Span<byte> destination)
    {
        if (!NeedsQuotes(value))
        {
            return Encoding.UTF8.GetBytes(value, destination);
        }

        destination[0] = (byte)'"';
        var written = 1 + Quoted(value, destination[1..]);
        destination[written] = (byte)'"';
        return written + 1;
    }

    /// <summary>Writes the list's field at the start of <paramref name="destination"/>; returns the bytes written.</summary>
    public static int Write(IReadOnlyList<string> values, Span<byte> destination)
    {
        var quoted = false;
        for (var i = 0; i < values.Count; i++)
        {
            quoted |= NeedsQuotes(values[i]);
        }

        var written = 0;
        if (quoted)
        {
            destination[written++] = (byte)'"';
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                destination[written++] = (byte)';';
            }

            written += quoted ? Quoted(values[i], destination[written..]) : Encoding.UTF8.GetBytes(values[i], destination[written..]);
        }

        if (quoted)
        {
            destination[written++] = (byte)'"';
        }

        return written;
    }

    private static bool NeedsQuotes(string value) => value.AsSpan().ContainsAny(Special);

    // The value's UTF-8 with every quote doubled (the quotes around it are the caller's).
    private static int Quoted(string value, Span<byte> destination)
    {
        var written = 0;
        var rest = value.AsSpan();
        while (rest.IndexOf('"') is var quote and >= 0)
        {
            written += Encoding.UTF8.GetBytes(rest[..(quote + 1)], destination[written..]);
            destination[written++] = (byte)'"';
            rest = rest[(quote + 1)..];
        }

        return written + Encoding.UTF8.GetBytes(rest, destination[written..]);
    }
}
