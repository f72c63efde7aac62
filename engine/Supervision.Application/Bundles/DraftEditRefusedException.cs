namespace Supervision.Application.Bundles;

/// <summary>
/// An edit of a change draft that <see cref="BundleDrafts"/> refuses — a path outside the bundle, a file that is not
/// text or is too large, a malformed table, a plan value that is not one line — with a message in Chinese and English
/// that the page shows beside the form (what was typed is kept).
/// </summary>
public sealed class DraftEditRefusedException : Exception
{
    public DraftEditRefusedException()
    {
    }

    public DraftEditRefusedException(string message)
        : base(message)
    {
    }

    public DraftEditRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
