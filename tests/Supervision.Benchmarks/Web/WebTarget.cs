namespace Supervision.Benchmarks.Web;

/// <summary>One request of a route: the path, the session it is sent in (null: anonymous, a fresh browser), and texts the
/// answer must hold to count as the real page.</summary>
internal sealed record WebTarget(string Path, WebSession? Session, IReadOnlyList<string> Markers);
