using Supervision.Rules.Bundle;
using Supervision.Rules.Diagnostics;

namespace Supervision.Rules.Analysis;

/// <summary>
/// Diagnostics of one table's analysis, every message prefixed with the table and its file. At most
/// <see cref="TableAnalyzer.MaxListed"/> of each code are listed; <see cref="Close"/> adds one message per code
/// counting the rest, so that a systematically broken table of 500 rows does not bury everything else.
/// </summary>
internal sealed class TableReport(TableSpec table, DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, (bool IsError, int Count, SourceLocation Last)> _tallies = new(StringComparer.Ordinal);

    public TableSpec Table { get; } = table;

    public string Prefix => $"table {Table.Id} ({Table.File})";

    public void Error(string code, string message, SourceLocation location) => Add(true, code, () => message, location);

    public void Warning(string code, string message, SourceLocation location) => Add(false, code, () => message, location);

    /// <summary>An error whose message is only formulated if it is listed (a table can have thousands of overlapping pairs).</summary>
    public void Error(string code, Func<string> message, SourceLocation location) => Add(true, code, message, location);

    public void Warning(string code, Func<string> message, SourceLocation location) => Add(false, code, message, location);

    /// <summary>Counts findings of <paramref name="code"/> that were found but not even formulated (e.g. gaps beyond the first few).</summary>
    public void Unlisted(string code, int count)
    {
        if (_tallies.TryGetValue(code, out var tally))
        {
            _tallies[code] = tally with { Count = tally.Count + count };
        }
    }

    public void Close()
    {
        foreach (var (code, tally) in _tallies.Where(t => t.Value.Count > TableAnalyzer.MaxListed).OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            Emit(tally.IsError, code, $"{tally.Count - TableAnalyzer.MaxListed} more {code} finding(s) not listed; fix the ones above and check again",
                tally.Last);
        }

        _tallies.Clear();
    }

    private void Add(bool isError, string code, Func<string> message, SourceLocation location)
    {
        var tally = _tallies.GetValueOrDefault(code, (IsError: isError, Count: 0, Last: location));
        if (tally.Count < TableAnalyzer.MaxListed)
        {
            Emit(isError, code, message(), location);
            tally.Last = location;
        }

        _tallies[code] = tally with { Count = tally.Count + 1 };
    }

    private void Emit(bool isError, string code, string message, SourceLocation location)
    {
        if (isError)
        {
            diagnostics.Error(code, $"{Prefix}: {message}", location);
        }
        else
        {
            diagnostics.Warning(code, $"{Prefix}: {message}", location);
        }
    }
}
