using Supervision.Rules.Compilation;

namespace Supervision.Rules.Lists;

/// <summary>A list rule that matched a listing: what it does and from which day.</summary>
/// <param name="Rule">The list rule (its id, title and basis explain the change).</param>
/// <param name="Action">Remove or escalate.</param>
/// <param name="On">The day the change takes effect.</param>
public sealed record ListTransition(Element Rule, ListAction Action, DateOnly On);
