namespace Supervision.Jobs;

/// <summary>Test hooks: where tests inject faults into the jobs. Production leaves them empty.</summary>
internal sealed class NightlyHooks
{
    /// <summary>
    /// Called after a chunk's assessments are saved and before the chunk is counted complete — the window where a
    /// crash leaves a saved but uncounted chunk. An exception thrown here fails the job attempt like any other.
    /// </summary>
    public Action<string, int>? ChunkSaved { get; init; }
}
