using System.Runtime.CompilerServices;
using Supervision.Application.Draws;
using Supervision.Data.Import;
using Supervision.Draws.Drawing;
using Supervision.Draws.Plans;
using Supervision.Model.Import;
using Supervision.Model.Registry;
using Supervision.Rules.Compilation;
using Supervision.Runs;

namespace Supervision.Application.Nightly;

/// <summary>
/// The memory seam of <see cref="DrawNight"/>: the night's draw, less its pool entries (saved as the population
/// snapshot), computed in a frame of its own so that what only the draw holds dies with that frame. Results do not
/// depend on it; only the process's peak memory does.
/// </summary>
/// <remarks>
/// Why a separate, never-inlined method: the temporaries of an async method's frame stay reported live until it awaits,
/// and the draws job does not await between the draw and the save's first buffers (measured: a million pool entries and
/// candidates, 200 MB of the heap, were still reachable when the memory was given back before the save).
/// </remarks>
internal static class ReleasingDraw
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static (DrawResult Result, IReadOnlyList<ImportReport> Reports) Run(
        CompiledBundle bundle, IReadOnlyList<InspectionPlan> plans, IReadOnlyList<DrawCandidate> candidates, IReadOnlyList<Inspector> inspectors,
        InputFile? triggers, string calendarFile, RunRecord run)
    {
        var (result, reports) = DrawOnce.Run(bundle, plans, candidates, inspectors, triggers, calendarFile, run.AsOf, run.Seed);
        return (result with { Population = [] }, reports);
    }
}
