namespace Supervision.Model.Import;

public enum IssueSeverity
{
    Warning,
    Error,
}
