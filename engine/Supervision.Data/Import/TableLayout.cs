namespace Supervision.Data.Import;

/// <summary>Where each column an importer reads is in a file's header, and the header-level issues.</summary>
public sealed class TableLayout
{
    // By reference: a schema's specs are its own instances, and a record's hash would hash every field of the spec
    // (its names and messages) at each cell read — millions of times per file.
    private readonly Dictionary<ColumnSpec, int> indexes = new(ReferenceEqualityComparer.Instance);
    private readonly IReadOnlyList<string> headers;

    private TableLayout(IReadOnlyList<string> headers) => this.headers = headers;

    /// <summary>False when a file-level error rejects every row.</summary>
    public bool IsUsable { get; private set; } = true;

    public static TableLayout Resolve(CsvTable table, IReadOnlyList<ColumnSpec> columns, ImportReportBuilder report)
    {
        var layout = new TableLayout(table.Headers);
        if (table.HeaderProblem is { } problem)
        {
            report.Error(problem.Line, null, $"{problem.Reason}; every row of the file is rejected");
            layout.IsUsable = false;
            return layout;
        }

        if (table.Headers.Count == 0)
        {
            report.Error(table.HeaderLine, null, "the file is empty: no header row");
            layout.IsUsable = false;
            return layout;
        }

        layout.Match(table.HeaderLine, columns, report);
        return layout;
    }

    /// <summary>The columns found in the header, with their index, in header order.</summary>
    public KeyValuePair<ColumnSpec, int>[] Found { get; private set; } = [];

    /// <summary>Index of the column in the file, or -1 when it is absent.</summary>
    public int IndexOf(ColumnSpec column) => indexes.TryGetValue(column, out var index) ? index : -1;

    /// <summary>The column's header as written in the file, or its English name when it is absent.</summary>
    public string HeaderOf(ColumnSpec column)
        => indexes.TryGetValue(column, out var index) ? headers[index].Trim() : column.Name;

    private void Match(long line, IReadOnlyList<ColumnSpec> columns, ImportReportBuilder report)
    {
        var unknown = new List<string>();
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i];
            var column = columns.FirstOrDefault(c => c.Matches(header));
            if (column is null)
            {
                unknown.Add(header.Trim().Length == 0 ? $"(unnamed column {i + 1})" : header.Trim());
            }
            else if (!indexes.TryAdd(column, i))
            {
                report.Error(line, header.Trim(), $"column {column} appears more than once; every row of the file is rejected");
                IsUsable = false;
            }
        }

        foreach (var column in columns.Where(c => !indexes.ContainsKey(c)))
        {
            switch (column.Presence)
            {
                case ColumnPresence.Required:
                    report.Error(line, column.Name, $"required column {column} is missing; {column.WhenMissing ?? "every row of the file is rejected"}");
                    IsUsable = false;
                    break;
                case ColumnPresence.Expected:
                    report.Warning(line, column.Name, $"column {column} is missing; {column.WhenMissing ?? "its values are treated as empty"}");
                    break;
                default:
                    break;
            }
        }

        Found = [.. indexes.OrderBy(pair => pair.Value)];
        if (unknown.Count > 0)
        {
            report.Warning(line, null, $"unknown columns ignored: {string.Join(", ", unknown)}");
        }
    }
}
