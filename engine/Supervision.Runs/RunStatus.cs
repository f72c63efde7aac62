namespace Supervision.Runs;

/// <summary>
/// Where a nightly run stands. Completed, AlreadyDrawn, Failed, Refused and Prepared are final: jobs of a final run do
/// nothing (a prepared run's draw is executed later, by <c>ExecutePreparedNights</c>, not by its jobs).
/// </summary>
public enum RunStatus
{
    /// <summary>Planned; chunk jobs are scoring the population.</summary>
    Scoring,

    /// <summary>Every chunk is scored; the draws job is writing the assessments and drawing.</summary>
    Drawing,

    /// <summary>Assessments written and the draw made.</summary>
    Completed,

    /// <summary>Assessments written; no draw, because a plan of the set was already drawn for the date by another run.</summary>
    AlreadyDrawn,

    /// <summary>Stopped on a problem in its inputs that no retry can fix (see the run's message).</summary>
    Failed,

    /// <summary>
    /// Assessments written; no draw and no claim, because an input gate refused the inputs (see the run's message and
    /// <see cref="Supervision.Draws.Gates.DrawGate"/>). Starting the night again discards the run and plans it afresh from the inputs as
    /// they are then, so that a corrected input draws normally.
    /// </summary>
    Refused,

    /// <summary>
    /// Assessments written; the draw prepared (frozen, its plans and periods claimed, its pre-draw notice written) and
    /// waiting for the public random value of the next day and the departments' revealed shares. Becomes Completed when
    /// they are there, on the next night's start or whenever the prepared draws are executed.
    /// </summary>
    Prepared,
}
