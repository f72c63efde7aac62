using Supervision.Data.Scoring;
using Supervision.Draws.Drawing;
using Supervision.Rules.Compilation;
using Supervision.Rules.Scoring;
using Supervision.Runs;

namespace Supervision.Data.Runs;

/// <summary>
/// Renders a run kept in any run store as the files <c>supervision score</c> and <c>supervision draw</c> write, in the
/// embedded store's layout (<c>runs/&lt;run id&gt;/assessments.csv</c>, <c>runs/&lt;run id&gt;/draw/</c>), so that the
/// PostgreSQL mode hands people the same files as the embedded mode, byte for byte.
/// </summary>
public static class RunExport
{
    /// <summary>Writes the run's assessments and, once drawn, its draw under <paramref name="root"/>; both appear atomically.</summary>
    /// <param name="store">Where the run is kept.</param>
    /// <param name="run">The run.</param>
    /// <param name="bundle">The run's bundle.</param>
    /// <param name="root">The embedded store's root to render into.</param>
    /// <param name="onAssessment">Sees every assessment as it is written (the caller's summary), so none need be held.</param>
    /// <param name="cancellationToken">Stops between assessments.</param>
    /// <returns>The draw read from the store, or null before the run drew.</returns>
    public static async Task<DrawResult?> WriteAsync(
        IRunStore store, RunRecord run, CompiledBundle bundle, string root, Action<Assessment>? onAssessment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(run);
        var files = new FileRunStore(root);
        Directory.CreateDirectory(files.RunDirectory(run.RunId));
        var assessments = store.StreamAssessmentsAsync(run.RunId, bundle, cancellationToken).ToBlockingEnumerable(cancellationToken)
            .Select(a =>
            {
                onAssessment?.Invoke(a);
                return a;
            });
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

        return draw;
    }
}
