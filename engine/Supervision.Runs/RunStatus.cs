namespace Supervision.Runs;

/// <summary>Where a nightly run stands. Completed, AlreadyDrawn, Failed and Refused are final: jobs of a final run do nothing.</summary>
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
}
