using System.Text.Json;
using Supervision.Draws.Calendar;
using Supervision.Draws.Drawing;
using Supervision.Draws.Protocol;
using Supervision.Draws.Record;
using Supervision.Rules.Diagnostics;

namespace Supervision.Application.Draws;

/// <summary>
/// 三公开 for anyone holding a published draw: recompute the draw from its record and population snapshot, and list
/// every difference in the selection, windows, items and teams (none: the draw is exactly reproduced).
/// </summary>
public static class VerifyDraw
{
    /// <summary>
    /// Verifies the record at <paramref name="recordPath"/> against the snapshot at <paramref name="populationPath"/>; a
    /// prepared draw also against its preparation (<paramref name="preparationPath"/>, by default the
    /// <c>preparation.json</c> beside the record): the shares, the seed's derivation and every frozen input.
    /// </summary>
    /// <exception cref="FileNotFoundException">Either file does not exist.</exception>
    /// <param name="recordPath">The draw record.</param>
    /// <param name="populationPath">Its population snapshot.</param>
    /// <param name="preparationPath">For a prepared draw, its preparation (default: beside the record).</param>
    /// <param name="calendarPath">The working-day calendar the record names, to check every plan's working days against; null to skip.</param>
    public static DrawVerification Run(string recordPath, string populationPath, string? preparationPath = null, string? calendarPath = null)
    {
        ArgumentNullException.ThrowIfNull(recordPath);
        ArgumentNullException.ThrowIfNull(populationPath);
        foreach (var path in (string[])[recordPath, populationPath])
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"{path} does not exist", path);
            }
        }

        DrawRecord record;
        try
        {
            record = RecordJson.Read(recordPath);
        }
        catch (JsonException e)
        {
            return DrawVerification.Unreadable($"{recordPath}:{(e.LineNumber ?? 0) + 1}:{(e.BytePositionInLine ?? 0) + 1}: error: not a draw record: {e.Message}");
        }

        var problems = new List<string>();
        if (record.Preparation is not null)
        {
            preparationPath ??= Path.Combine(Path.GetDirectoryName(Path.GetFullPath(recordPath))!, DrawPreparation.FileName);
            if (!File.Exists(preparationPath))
            {
                return DrawVerification.NotRecomputable($"{recordPath}: a prepared draw is verified against its preparation; {preparationPath} does not exist (give it with --preparation)");
            }

            problems.AddRange(PreparationVerifier.Verify(record, File.ReadAllBytes(preparationPath)));
        }

        if (calendarPath is not null)
        {
            if (!File.Exists(calendarPath))
            {
                throw new FileNotFoundException($"{calendarPath} does not exist", calendarPath);
            }

            var diagnostics = new DiagnosticBag();
            if (CalendarReader.Read(calendarPath, calendarPath, diagnostics) is not { } calendar)
            {
                return DrawVerification.Unreadable($"{calendarPath}: not a working-day calendar: {string.Join("; ", diagnostics.Sorted())}");
            }

            problems.AddRange(CalendarVerifier.Verify(record, calendar));
        }

        try
        {
            problems.AddRange(DrawVerifier.Verify(record, File.ReadAllBytes(populationPath)));
            return DrawVerification.Of(problems);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidDataException or KeyNotFoundException)
        {
            return DrawVerification.NotRecomputable($"{recordPath}: error: the record cannot be recomputed: {e.Message}");
        }
    }
}
