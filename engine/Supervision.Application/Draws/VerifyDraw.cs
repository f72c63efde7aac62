using System.Text.Json;
using Supervision.Draws.Drawing;
using Supervision.Draws.Protocol;
using Supervision.Draws.Record;

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
    public static DrawVerification Run(string recordPath, string populationPath, string? preparationPath = null)
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
