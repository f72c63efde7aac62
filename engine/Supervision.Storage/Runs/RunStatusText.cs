using Supervision.Runs;

namespace Supervision.Storage.Runs;

/// <summary>The status column's values (the CHECK in 0009_prepared_runs.sql lists them).</summary>
internal static class RunStatusText
{
    public static string Of(RunStatus status) => status switch
    {
        RunStatus.Scoring => "scoring",
        RunStatus.Drawing => "drawing",
        RunStatus.Completed => "completed",
        RunStatus.AlreadyDrawn => "already_drawn",
        RunStatus.Failed => "failed",
        RunStatus.Refused => "refused",
        RunStatus.Prepared => "prepared",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown run status."),
    };

    public static RunStatus Parse(string text) => text switch
    {
        "scoring" => RunStatus.Scoring,
        "drawing" => RunStatus.Drawing,
        "completed" => RunStatus.Completed,
        "already_drawn" => RunStatus.AlreadyDrawn,
        "failed" => RunStatus.Failed,
        "refused" => RunStatus.Refused,
        "prepared" => RunStatus.Prepared,
        _ => throw new InvalidDataException($"unknown run status '{text}' in supervision.assessment_runs"),
    };
}
