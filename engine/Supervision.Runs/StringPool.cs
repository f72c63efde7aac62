using System.Text.Json;

namespace Supervision.Runs;

/// <summary>
/// One string per distinct text read: a chunk's draw candidates share their regions, industry codes, categories,
/// regimes, departments and inspector ids instead of holding a copy each. Not thread-safe: one pool per reader.
/// </summary>
internal sealed class StringPool
{
    // Longer texts are read into a string first; the pooled ones are short.
    private const int StackChars = 256;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StringPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The pooled string of the reader's current string token, or null for a JSON null.</summary>
    public string? Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        // A UTF-8 byte never makes more than one UTF-16 character, escaped or not.
        var bytes = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (bytes > StackChars)
        {
            return Intern(reader.GetString()!);
        }

        Span<char> chars = stackalloc char[StackChars];
        return Intern(chars[..reader.CopyString(chars)]);
    }

    public string Intern(ReadOnlySpan<char> text)
    {
        if (_lookup.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        var added = text.ToString();
        _strings.Add(added, added);
        return added;
    }
}
