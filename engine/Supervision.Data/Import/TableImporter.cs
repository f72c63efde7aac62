namespace Supervision.Data.Import;

/// <summary>
/// Imports one CSV file with a <see cref="TableSchema{T, TKey}"/>: every record read is accepted or rejected with
/// its reasons, so that read = accepted + rejected.
/// </summary>
public static class TableImporter
{
    /// <param name="path">The file.</param>
    /// <param name="schema">How to read it.</param>
    /// <param name="knownEnterprises">USCCs of the registry's accepted (so valid) rows, for the unknown-enterprise check; null to skip it.</param>
    public static ImportResult<T> Import<T, TKey>(string path, TableSchema<T, TKey> schema, IReadOnlySet<string>? knownEnterprises = null)
        where TKey : notnull
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Import(InputFile.FromPath(path), schema, knownEnterprises);
    }

    /// <param name="file">The file, or a slice of it.</param>
    /// <param name="schema">How to read it.</param>
    /// <param name="knownEnterprises">USCCs of the registry's accepted (so valid) rows, for the unknown-enterprise check; null to skip it.</param>
    public static ImportResult<T> Import<T, TKey>(InputFile file, TableSchema<T, TKey> schema, IReadOnlySet<string>? knownEnterprises = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(schema);

        var path = file.Path;
        using var table = file.Open();
        var report = new ImportReportBuilder(path, table.Encoding.Name) { EncodingInconsistent = table.Encoding.Inconsistent };
        if (table.Encoding.Warning is { } warning)
        {
            report.Warning(0, null, warning);
        }

        var layout = TableLayout.Resolve(table, schema.Columns, report);
        // Sized up front when the input knows its size: growing these tables by doubling allocated large arrays again
        // and again, and each large allocation brings a full collection nearer.
        var expected = file.RecordsAtMost ?? 0;
        var firstLineByKey = KeyTablePool<TKey>.Take();
        try
        {
            firstLineByKey.EnsureCapacity(expected + (file.EarlierKeys?.Count ?? 0));
            return Import(file, schema, table, report, layout, new RowContext(path, layout, knownEnterprises), expected, firstLineByKey);
        }
        finally
        {
            KeyTablePool<TKey>.Return(firstLineByKey);
        }
    }

    private static ImportResult<T> Import<T, TKey>(
        InputFile file, TableSchema<T, TKey> schema, CsvTable table, ImportReportBuilder report, TableLayout layout, RowContext context, int expected,
        Dictionary<TKey, long> firstLineByKey)
        where TKey : notnull
    {
        if (file.EarlierKeys is { Count: > 0 } earlier)
        {
            // Keys first seen in another chunk's slice are texts (inspection ids): only a text key can meet them.
            var byText = firstLineByKey as Dictionary<string, long>
                ?? throw new InvalidOperationException($"{file.Path}: earlier keys are texts, the schema's key is {typeof(TKey).Name}");
            foreach (var (key, line) in earlier)
            {
                byText.TryAdd(key, line);
            }
        }

        var rows = new List<T>(expected);
        while (table.TryRead(out var row))
        {
            if (row.MalformedReason is { } malformed)
            {
                report.Reject(row.Line, row.MalformedColumn, malformed);
                continue;
            }

            if (!layout.IsUsable)
            {
                report.Reject();
                continue;
            }

            context.Begin(row);
            var value = schema.Map(context);
            if (context.HasErrors)
            {
                report.Reject(context.Errors);
                continue;
            }

            var key = schema.Key(value);
            if (firstLineByKey.TryGetValue(key, out var firstLine))
            {
                var column = schema.KeyColumn is null ? null : layout.HeaderOf(schema.KeyColumn);
                report.Reject(row.Line, column, $"duplicate {schema.KeyDescription}: first occurrence on line {firstLine}");
                continue;
            }

            firstLineByKey.Add(key, row.Line);
            rows.Add(value);
            report.Accept();
        }

        if (table.BlankRecords > 0)
        {
            report.Warning(table.FirstBlankRecordLine, null, $"{table.BlankRecords} row(s) with only empty fields ignored, like empty lines");
        }

        if (table.FatalProblem is { } fatal)
        {
            report.Error(fatal.Line, null, fatal.Reason);
        }

        return new ImportResult<T>(rows, report.Build());
    }
}
