using System.Text.Json;

namespace Supervision.Storage.Tasks;

/// <summary>A reassignment's decision: the replacement (null: nobody may go), the walk to keep with it, the words for the regulator.</summary>
public sealed record ReassignmentDecision(string? Replacement, JsonElement Walk, string Explanation);
