using System.Globalization;
using System.Security.Cryptography;
using CsvHelper;
using Supervision.Rules.Bundle;
using Supervision.Rules.Diagnostics;

namespace Supervision.Draws.Calendar;

/// <summary>
/// Reads the working-day calendar CSV (date,kind,name,source) like any other rule file: every bad row is a diagnostic
/// at its line and column, and a calendar with any error is not used at all — a half-read holiday schedule would
/// silently move inspection windows and deadlines.
/// </summary>
public static class CalendarReader
{
    public static readonly IReadOnlyList<string> Header = ["date", "kind", "name", "source"];

    /// <summary>The spring festival row makes a year known (see <see cref="WorkingDayCalendar"/>).</summary>
    private const string SpringFestival = "春节";

    /// <param name="path">The calendar file.</param>
    /// <param name="file">How diagnostics name it.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <returns>The calendar, or null when it has errors (each one in <paramref name="diagnostics"/>).</returns>
    public static WorkingDayCalendar? Read(string path, string file, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error("SV220", $"the working-day calendar cannot be read: {e.Message}", SourceLocation.FileOnly(file));
            return null;
        }

        var errorsBefore = diagnostics.Items.Count(d => d.Severity == DiagnosticSeverity.Error);
        var exceptions = new Dictionary<DateOnly, (bool Working, int Line)>();
        var years = new SortedSet<int>();
        try
        {
            using var reader = CsvReader.Create(bytes, StrictCsv.Options);
            var headers = reader.Headers.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
            if (!headers.SequenceEqual(Header, StringComparer.Ordinal))
            {
                diagnostics.Error("SV221", $"header must be: {string.Join(",", Header)}", new SourceLocation(file, 1, 1));
                return null;
            }

            while (reader.Read())
            {
                var line = (int)reader.LineNumber;
                var text = reader.GetString(0).Trim();
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    diagnostics.Error("SV223", $"'{text}' is not a date yyyy-MM-dd", new SourceLocation(file, line, 1));
                    continue;
                }

                var kind = reader.GetString(1).Trim();
                bool working;
                switch (kind)
                {
                    case "workday": working = true; break;
                    case "holiday": working = false; break;
                    default:
                        diagnostics.Error("SV224", $"kind must be holiday or workday, found '{kind}'", new SourceLocation(file, line, 2));
                        continue;
                }

                if (exceptions.TryGetValue(date, out var first))
                {
                    var what = first.Working == working ? "listed twice" : "listed both as a holiday and as a working day";
                    diagnostics.Error("SV225", $"{date:yyyy-MM-dd} is {what} (first on line {first.Line})", new SourceLocation(file, line, 1));
                    continue;
                }

                exceptions.Add(date, (working, line));
                if (!working && reader.GetString(2).Trim() == SpringFestival)
                {
                    years.Add(date.Year);
                }
            }
        }
        catch (CsvFormatException e)
        {
            diagnostics.Error("SV222", $"malformed CSV: {e.Message}", new SourceLocation(file, (int)e.LineNumber, 0));
        }

        if (diagnostics.Items.Count(d => d.Severity == DiagnosticSeverity.Error) > errorsBefore)
        {
            return null;
        }

        if (years.Count == 0)
        {
            diagnostics.Error("SV226", $"the calendar holds no year: a year is known by its {SpringFestival} holiday rows", new SourceLocation(file, 1, 1));
            return null;
        }

        return new WorkingDayCalendar(exceptions.ToDictionary(e => e.Key, e => e.Value.Working), years,
            Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }
}
