namespace Supervision.Benchmarks.Web;

/// <summary>A signed-in inspector: the session, and their inbox as the store lists it (task number and USCC, inbox order).</summary>
internal sealed record WebInspector(string InspectorId, WebSession Session, IReadOnlyList<(long TaskNo, string Uscc)> Tasks);
