using System.Text.Json;
using Supervision.Data.Draws;
using Supervision.Draws.Protocol;

namespace Supervision.Application.Draws;

/// <summary>
/// The second phase of a prepared draw: once the public random value exists, the departments reveal their shares; the
/// draw is made from the frozen files of the preparation directory (nothing is read or scored again) and written beside
/// them. Refused when a share does not match its commitment, a frozen file changed, the preparation is not the published
/// one, or the directory holds a draw already (one draw per preparation).
/// </summary>
public static class ExecuteDraw
{
    /// <summary>Executes the preparation in <paramref name="directory"/>.</summary>
    /// <param name="directory">The directory <see cref="PrepareDraw"/> wrote.</param>
    /// <param name="shares">Each department's revealed share, by department.</param>
    /// <param name="publicValue">The public random value, exactly as its source published it.</param>
    /// <param name="publishedSha256">The preparation's SHA-256 as the pre-draw notice published it, to compare; null to skip.</param>
    /// <exception cref="FileNotFoundException">The directory holds no preparation or no snapshot.</exception>
    public static ExecutedDraw Run(string directory, IReadOnlyDictionary<string, string> shares, string publicValue, string? publishedSha256)
    {
        var executed = Compute(directory, shares, publicValue, publishedSha256);
        if (executed.Result is { } result)
        {
            DrawOutputs.WriteDrawn(directory, result.Record);
        }

        return executed;
    }

    /// <summary>
    /// The draw <see cref="Run"/> would write, computed and checked but not written: the nightly run saves it in its run
    /// store first and writes the files after, so that a crash between the two draws the same again.
    /// </summary>
    /// <exception cref="FileNotFoundException">The directory holds no preparation or no snapshot.</exception>
    public static ExecutedDraw Compute(string directory, IReadOnlyDictionary<string, string> shares, string publicValue, string? publishedSha256)
    {
        var preparationPath = Path.Combine(directory, DrawPreparation.FileName);
        var snapshotPath = Path.Combine(directory, DrawOutputs.PopulationFile);
        foreach (var path in (string[])[preparationPath, snapshotPath])
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"{path} does not exist: run `draw prepare` first", path);
            }
        }

        if (File.Exists(Path.Combine(directory, DrawOutputs.RecordFile)))
        {
            return ExecutedDraw.Refused($"{Path.Combine(directory, DrawOutputs.RecordFile)} exists: this preparation was drawn already (one draw per preparation)", alreadyDrawn: true);
        }

        DrawPreparation preparation;
        string sha256;
        try
        {
            (preparation, sha256) = PreparationJson.Read(preparationPath);
        }
        catch (JsonException e)
        {
            return ExecutedDraw.Refused($"{preparationPath}: not a draw preparation: {e.Message}");
        }

        if (publishedSha256 is not null && publishedSha256 != sha256)
        {
            return ExecutedDraw.Refused($"{preparationPath}: SHA-256 is {sha256}; the pre-draw notice published {publishedSha256} (the preparation changed after it was published)");
        }

        var (result, refusals) = PreparedDrawExecution.Run(preparation, sha256, File.ReadAllBytes(snapshotPath), shares, publicValue);
        if (result is null)
        {
            return ExecutedDraw.Refused(string.Join("; ", refusals));
        }

        return new ExecutedDraw(result, null);
    }
}
