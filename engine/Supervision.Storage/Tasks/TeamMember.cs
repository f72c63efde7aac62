namespace Supervision.Storage.Tasks;

/// <summary>A member of a task's team: the inspector-directory id and the name to show (the id when no name is known).</summary>
public sealed record TeamMember(string InspectorId, string Name);
