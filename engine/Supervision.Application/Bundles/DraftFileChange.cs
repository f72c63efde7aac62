namespace Supervision.Application.Bundles;

/// <summary>A file of a change draft that differs from the bundle in force.</summary>
/// <param name="Path">Relative to the bundle directory, with '/'.</param>
/// <param name="Change">added, changed or removed.</param>
public sealed record DraftFileChange(string Path, string Change)
{
    public const string Added = "added";
    public const string Changed = "changed";
    public const string Removed = "removed";
}
