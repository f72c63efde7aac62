namespace Supervision.Application.Nightly;

/// <summary>
/// How a step of the night asks for the next ones: the host queues them (Hangfire jobs in every mode today), so that
/// any process of the host may run them and a step that fails is retried alone.
/// </summary>
public interface INightlyQueue
{
    /// <summary>Queues the scoring of chunk <paramref name="chunkNo"/> of run <paramref name="runId"/> (<see cref="ScoreChunk"/>).</summary>
    void ScoreChunk(string runId, int chunkNo);

    /// <summary>Queues the run's draw, once every chunk is complete (<see cref="DrawNight"/>).</summary>
    void Draw(string runId);

    /// <summary>Queues the planning of the night of <paramref name="asOf"/> (<see cref="PlanNight"/>).</summary>
    void Plan(string runId, DateOnly asOf);
}
