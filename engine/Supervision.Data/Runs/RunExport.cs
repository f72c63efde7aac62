using Supervision.Data.Scoring;
using Supervision.Draws.Drawing;
using Supervision.Draws.Runs;
using Supervision.Rules.Compilation;
using Supervision.Rules.Scoring;

namespace Supervision.Data.Runs;

/// <summary>
/// Renders a run kept in any run store as the files <c>supervision score</c> and <c>supervision draw</c> write, in the
/// embedded store's layout (<c>runs/&lt;run id&gt;/assessments.csv</c>, <c>runs/&lt;run id&gt;/draw/</c>), so that the
/// PostgreSQL mode hands people the same files as the embedded mode, byte for byte.
/// </summary>
internal static class RunExport
{
    /// <summary>Writes the run's assessments and, once drawn, its draw under <paramref name="root"/>; both appear atomically.</summary>
    /// <returns>What was read from the store, so that a caller reporting on the run need not read it twice.</returns>
    public static async Task<(IReadOnlyList<Assessment> Assessments, DrawResult? Draw)> WriteAsync(
        IRunStore store, RunRecord run, CompiledBundle bundle, string root, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(run);
        var files = new FileRunStore(root);
        Directory.CreateDirectory(files.RunDirectory(run.RunId));
        var assessments = await store.ReadAssessmentsAsync(run.RunId, bundle, cancellationToken);
        AtomicFile.Replace(files.AssessmentsFile(run.RunId), stream => AssessmentCsv.Write(stream, assessments, bundle));
        var draw = await store.ReadDrawAsync(run.RunId, cancellationToken);
        if (draw is not null)
        {
            var target = files.DrawDirectory(run.RunId);
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }

            await files.SaveDrawAsync(run.RunId, draw, cancellationToken);
        }

        return (assessments, draw);
    }
}
