using Supervision.Model.Import;
using Supervision.Model.Registry;

namespace Supervision.Data.Import;

/// <summary>
/// The current row as a mapper sees it: trimmed values by column, typed reads that record an error for each bad
/// cell and go on, so that a rejected row lists all its bad cells.
/// </summary>
public sealed class RowContext(string file, TableLayout layout, IReadOnlySet<string>? knownEnterprises)
{
    private readonly List<ImportIssue> errors = [];
    private readonly Dictionary<string, string> pool = new(StringComparer.Ordinal);
    private readonly HashSet<ColumnSpec> refused = new(ReferenceEqualityComparer.Instance);
    private string[] fields = [];

    public long Line { get; private set; }

    public bool HasErrors => errors.Count > 0;

    public IReadOnlyList<ImportIssue> Errors => errors;

    public void Begin(CsvTableRow row)
    {
        Line = row.Line;
        fields = row.Fields;
        errors.Clear();
        if (refused.Count > 0)
        {
            refused.Clear();
        }

        foreach (var (column, index) in layout.Found)
        {
            if (index < fields.Length && CellChecks.Problem(fields[index].AsSpan().Trim(), column) is { } problem)
            {
                Error(column, problem);
                refused.Add(column);
            }
        }
    }

    /// <summary>The trimmed value; empty when the cell is empty or the column is absent.</summary>
    public string Text(ColumnSpec column)
    {
        var index = layout.IndexOf(column);
        return index >= 0 && index < fields.Length ? fields[index].Trim() : string.Empty;
    }

    /// <summary>
    /// Records an error on the column, once: none after the first for a cell that <see cref="CellChecks"/> refused,
    /// whose value means nothing to the mapper, and none that repeats one already recorded.
    /// </summary>
    public void Error(ColumnSpec column, string reason)
    {
        var issue = new ImportIssue(file, Line, layout.HeaderOf(column), reason, IssueSeverity.Error);
        if (!refused.Contains(column) && !errors.Contains(issue))
        {
            errors.Add(issue);
        }
    }

    public string RequiredText(ColumnSpec column)
    {
        var text = Text(column);
        if (text.Length == 0)
        {
            Error(column, "a value is required");
        }

        return text;
    }

    public string? OptionalText(ColumnSpec column) => Text(column) is { Length: > 0 } text ? text : null;

    /// <summary>
    /// Reads a USCC checked against GB 32100-2015 and, when the context has a registry, against the registry.
    /// </summary>
    public string RequiredUscc(ColumnSpec column)
    {
        var text = RequiredText(column);
        if (text.Length == 0)
        {
            return text;
        }

        // A USCC among the registry's accepted rows was checked when that row was: only the others are checked here.
        if (knownEnterprises is HashSet<string> registry && registry.TryGetValue(text, out var canonical))
        {
            // The registry's own instance: five million credit records then share one string per enterprise.
            return canonical;
        }

        if (Uscc.Validate(text) is { } reason)
        {
            Error(column, reason);
        }
        else if (knownEnterprises is not null && !knownEnterprises.Contains(text))
        {
            Error(column, "unknown enterprise: the USCC is not among the accepted rows of the enterprise registry");
        }

        return text;
    }

    /// <summary>
    /// One instance per distinct value within the file, for columns whose values repeat (legal bases, departments,
    /// item codes): a million rows then hold a few hundred strings, not a million copies. Bounded, so that a column
    /// of unique values does not grow the pool without end.
    /// </summary>
    public string Shared(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (pool.TryGetValue(value, out var shared))
        {
            return shared;
        }

        if (pool.Count < MaxShared)
        {
            pool.Add(value, value);
        }

        return value;
    }

    private const int MaxShared = 65_536;

    /// <summary>Reads a date; null (with an error recorded) when the cell is empty or not a date.</summary>
    public DateOnly? RequiredDate(ColumnSpec column)
        => RequiredText(column) is { Length: > 0 } text ? ParseDate(column, text) : null;

    public DateOnly? OptionalDate(ColumnSpec column)
        => OptionalText(column) is { } text ? ParseDate(column, text) : null;

    public bool RequiredBoolean(ColumnSpec column)
        => RequiredText(column) is { Length: > 0 } text && ParseBoolean(column, text);

    public bool OptionalBoolean(ColumnSpec column, bool whenEmpty)
        => OptionalText(column) is { } text ? ParseBoolean(column, text) : whenEmpty;

    public decimal? OptionalDecimal(ColumnSpec column)
    {
        if (OptionalText(column) is not { } text)
        {
            return null;
        }

        if (CellParsers.TryParseDecimal(text, out var value))
        {
            return value;
        }

        Error(column, CellParsers.NotADecimal);
        return null;
    }

    /// <summary>
    /// Reads one of the keys of <paramref name="choices"/>, matched as the dictionary compares keys; null (with an
    /// error recorded) when the cell is empty or holds another value.
    /// </summary>
    public T? RequiredChoice<T>(ColumnSpec column, IReadOnlyDictionary<string, T> choices)
        where T : struct
    {
        var text = RequiredText(column);
        if (text.Length == 0)
        {
            return null;
        }

        if (choices.TryGetValue(text, out var value))
        {
            return value;
        }

        Error(column, $"not one of the allowed values: {string.Join(", ", choices.Keys)}");
        return null;
    }

    /// <summary>The ';'-separated entries; an entry that starts like a formula is an error (it may start an export's cell).</summary>
    public IReadOnlyList<string> List(ColumnSpec column)
    {
        var entries = CellParsers.SplitList(Text(column));
        if (column.Form == CellForm.Text)
        {
            foreach (var entry in entries)
            {
                if (CellChecks.FormulaProblem(entry) is { } problem)
                {
                    Error(column, problem);
                    break;
                }
            }
        }

        return entries;
    }

    private DateOnly? ParseDate(ColumnSpec column, string text)
    {
        if (CellParsers.TryParseDate(text, out var value))
        {
            return value;
        }

        Error(column, CellParsers.NotADate);
        return null;
    }

    private bool ParseBoolean(ColumnSpec column, string text)
    {
        if (CellParsers.TryParseBoolean(text, out var value))
        {
            return value;
        }

        Error(column, CellParsers.NotABoolean);
        return false;
    }
}
