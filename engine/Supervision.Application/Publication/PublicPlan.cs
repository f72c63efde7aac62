using Supervision.Storage.Public;

namespace Supervision.Application.Publication;

/// <summary>A plan's public item list (事项公开): its title and departments as its latest standing draw froze them, and its items.</summary>
public sealed record PublicPlan(string PlanId, string Title, IReadOnlyList<string> Departments, int GeneralItemsPerTask, IReadOnlyList<PublicItem> Items);
