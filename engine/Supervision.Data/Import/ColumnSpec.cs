namespace Supervision.Data.Import;

/// <summary>A column an importer reads, matched by header name ignoring case and surrounding whitespace.</summary>
/// <param name="Name">English snake_case header.</param>
/// <param name="AlternateName">Chinese header accepted instead, or null.</param>
/// <param name="Presence">What happens when the header has neither name.</param>
/// <param name="MaxLength">
/// Most characters (UTF-16 code units, after trimming) a cell may hold; a longer cell rejects its row with the limit in
/// the reason (<see cref="CellChecks"/>).
/// </param>
/// <param name="Form">Text (a leading formula character is refused) or a number (a leading sign is allowed).</param>
/// <param name="WhenMissing">What the report says follows from the column's absence, instead of the general words of its presence.</param>
public sealed record ColumnSpec(
    string Name,
    string? AlternateName = null,
    ColumnPresence Presence = ColumnPresence.Required,
    int MaxLength = ColumnSpec.DefaultMaxLength,
    CellForm Form = CellForm.Text,
    string? WhenMissing = null)
{
    /// <summary>For codes, dates, choices and numbers: far above any valid value, far below a pasted document.</summary>
    public const int DefaultMaxLength = 100;

    /// <summary>For names of enterprises and people.</summary>
    public const int NameMaxLength = 200;

    /// <summary>For legal bases and other sentences.</summary>
    public const int SentenceMaxLength = 500;

    /// <summary>For ';'-separated lists (inspectors, items, findings, conflicts).</summary>
    public const int ListMaxLength = 2000;

    public bool Matches(string header)
    {
        var trimmed = header.Trim();
        return string.Equals(trimmed, Name, StringComparison.OrdinalIgnoreCase)
            || (AlternateName is not null && string.Equals(trimmed, AlternateName, StringComparison.OrdinalIgnoreCase));
    }

    public override string ToString() => AlternateName is null ? $"'{Name}'" : $"'{Name}' or '{AlternateName}'";
}
