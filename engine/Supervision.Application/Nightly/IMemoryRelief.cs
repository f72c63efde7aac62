namespace Supervision.Application.Nightly;

/// <summary>
/// The seam between the nightly use cases and the host's memory policy: a use case says where a large amount of what it
/// held has just become garbage (a million candidates after the draw), the host decides what to do about it (the jobs'
/// memory governor collects and returns the memory to the system). Results never depend on it; only time and memory do.
/// </summary>
public interface IMemoryRelief
{
    /// <summary>A phase boundary: what the previous phase held is garbage, and the next phase is about to allocate.</summary>
    /// <param name="phase">What the use case is about to do, for the host's log.</param>
    void PhaseBoundary(string phase);
}
