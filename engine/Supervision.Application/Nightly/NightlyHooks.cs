namespace Supervision.Application.Nightly;

/// <summary>Hooks: where tests inject faults into the jobs, and where a benchmark hears how long each step took.</summary>
public sealed class NightlyHooks
{
    /// <summary>Receives one line per step of a job with its duration (<c>supervision nightly --timings</c>).</summary>
    public Action<string>? Timing { get; init; }

    /// <summary>Reports a step that began at <paramref name="started"/> (a <see cref="System.Diagnostics.Stopwatch"/> timestamp).</summary>
    public void Took(string step, long started)
        => Timing?.Invoke(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{step}: {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds:0.00} s"));

    /// <summary>
    /// Called after a chunk's assessments are saved and before the chunk is counted complete — the window where a
    /// crash leaves a saved but uncounted chunk. An exception thrown here fails the job attempt like any other.
    /// </summary>
    public Action<string, int>? ChunkSaved { get; init; }
}
