using Microsoft.Extensions.Logging;
using Supervision.Application.Nightly;

namespace Supervision.Jobs;

/// <summary>
/// The job hosts' answer at a phase boundary of the draw: <see cref="MemoryGovernor.GiveBack"/>, a full compacting
/// collection that returns to the system what the previous phase left (over a gigabyte at a million enterprises).
/// </summary>
internal sealed class CollectingRelief(ILogger logger) : IMemoryRelief
{
    public void PhaseBoundary(string phase) => MemoryGovernor.GiveBack(phase, logger);
}
