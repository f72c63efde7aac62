using Supervision.Storage.Tasks;

namespace Supervision.Service.Pages.Inspector;

/// <summary>The inspector's tasks of one visit (one call at one enterprise, 进一次门、查多项事), as the inbox groups them.</summary>
/// <param name="First">The visit's first task: the enterprise and window are the same for every task of a visit.</param>
/// <param name="Tasks">The inspector's tasks of the visit.</param>
public sealed record TaskVisit(InspectorTask First, IReadOnlyList<InspectorTask> Tasks);
