namespace Supervision.Data.Import;

/// <summary>A column an importer reads, matched by header name ignoring case and surrounding whitespace.</summary>
/// <param name="Name">English snake_case header.</param>
/// <param name="AlternateName">Chinese header accepted instead, or null.</param>
/// <param name="Presence">What happens when the header has neither name.</param>
/// <param name="WhenMissing">What the report says follows from the column's absence, instead of the general words of its presence.</param>
internal sealed record ColumnSpec(string Name, string? AlternateName = null, ColumnPresence Presence = ColumnPresence.Required, string? WhenMissing = null)
{
    public bool Matches(string header)
    {
        var trimmed = header.Trim();
        return string.Equals(trimmed, Name, StringComparison.OrdinalIgnoreCase)
            || (AlternateName is not null && string.Equals(trimmed, AlternateName, StringComparison.OrdinalIgnoreCase));
    }

    public override string ToString() => AlternateName is null ? $"'{Name}'" : $"'{Name}' or '{AlternateName}'";
}
