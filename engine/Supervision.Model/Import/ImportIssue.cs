namespace Supervision.Model.Import;

/// <summary>A problem found in one row (or the header) of an input file.</summary>
/// <param name="File">Path of the file as given by the user.</param>
/// <param name="Line">1-based physical line number (the header is line 1); 0 when the issue concerns the whole file.</param>
/// <param name="Column">Column header name, or null when the issue concerns the whole row.</param>
/// <param name="Reason">What is wrong, in words a data clerk can act on.</param>
/// <param name="Severity">Error rejects the row; Warning keeps it.</param>
public sealed record ImportIssue(string File, long Line, string? Column, string Reason, IssueSeverity Severity)
{
    public override string ToString()
        => Column is null
            ? $"{File}:{Line}: {Severity.ToString().ToLowerInvariant()}: {Reason}"
            : $"{File}:{Line}: {Severity.ToString().ToLowerInvariant()}: column '{Column}': {Reason}";
}
