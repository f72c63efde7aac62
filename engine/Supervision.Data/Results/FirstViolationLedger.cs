using CsvHelper;
using Supervision.Data.Import;

namespace Supervision.Data.Results;

/// <summary>
/// The first-violation ledger (首次违法台账), persisted as a CSV file in embedded mode. A violation is "first" when
/// the ledger has no entry for the same enterprise, violation and department in the look-back window
/// (date − N months, date]: an entry exactly N months old no longer counts. Every decided finding is entered, so
/// that applying the tolerance consumes the first-violation status. Not thread-safe.
/// </summary>
public sealed class FirstViolationLedger
{
    private static readonly string[] Header = ["uscc", "violation_code", "department", "date", "task_id", "outcome", "tolerated"];
    private readonly List<LedgerEntry> _entries;

    public FirstViolationLedger(IEnumerable<LedgerEntry> entries) => _entries = [.. entries];

    public IReadOnlyList<LedgerEntry> Entries => _entries;

    /// <summary>Reads a ledger file; an absent file is an empty ledger (the list has just taken effect).</summary>
    public static FirstViolationLedger Load(string path)
    {
        if (!File.Exists(path))
        {
            return new FirstViolationLedger([]);
        }

        var entries = new List<LedgerEntry>();
        using var reader = CsvReader.FromFile(path, CsvReaderOptions.Default with { Separator = ',', TrackLineNumbers = true });
        while (reader.Read())
        {
            if (!CellParsers.TryParseDate(reader.GetString(3), out var date))
            {
                throw new InvalidDataException($"{path}:{reader.LineNumber}: '{reader.GetString(3)}' is not a yyyy-MM-dd date");
            }

            entries.Add(new LedgerEntry(reader.GetString(0), reader.GetString(1), reader.GetString(2), date, reader.GetString(4),
                reader.GetString(5), reader.GetString(6) == "true"));
        }

        return new FirstViolationLedger(entries);
    }

    /// <summary>Forgets the entries of these tasks, so that deciding the same results again gives the same answers.</summary>
    public void Forget(IReadOnlySet<string> taskIds) => _entries.RemoveAll(e => taskIds.Contains(e.TaskId));

    /// <summary>The latest earlier entry of the key inside the look-back window, or null when this violation is a first.</summary>
    public LedgerEntry? Previous(string uscc, string violationCode, string department, DateOnly date, int lookBackMonths)
    {
        var windowStart = date.AddMonths(-lookBackMonths);
        return _entries
            .Where(e => e.Uscc == uscc && e.ViolationCode == violationCode && e.Department == department && e.Date > windowStart && e.Date <= date)
            .OrderByDescending(e => e.Date)
            .FirstOrDefault();
    }

    public void Add(LedgerEntry entry) => _entries.Add(entry);

    /// <summary>Writes the ledger in key order, atomically (a temporary file renamed over the old one).</summary>
    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        var rows = _entries
            .OrderBy(e => e.Uscc, StringComparer.Ordinal).ThenBy(e => e.ViolationCode, StringComparer.Ordinal)
            .ThenBy(e => e.Department, StringComparer.Ordinal).ThenBy(e => e.Date).ThenBy(e => e.TaskId, StringComparer.Ordinal)
            .Select(e => (IReadOnlyList<string?>)[e.Uscc, e.ViolationCode, e.Department, Iso(e.Date), e.TaskId, e.Outcome, e.Tolerated ? "true" : "false"]);
        SafeCsvWriter.Write(temporary, Header, rows);
        File.Move(temporary, path, overwrite: true);
    }

    private static string Iso(DateOnly date) => date.ToString(CellParsers.DateFormat, System.Globalization.CultureInfo.InvariantCulture);
}
