using Supervision.Draws.Record;

namespace Supervision.Draws.Drawing;

/// <summary>
/// A draw before its seed: who is in which pool of which plan (the population snapshot), who is excluded and why, the
/// plans and the inspector directory exactly as the record will hold them.
/// </summary>
/// <param name="DrawId">The draw's id (as-of date and plan ids).</param>
/// <param name="AsOf">The draw date.</param>
/// <param name="BundleHash">The bundle that scored the population.</param>
/// <param name="CalendarHash">SHA-256 of the working-day calendar file.</param>
/// <param name="Plans">The plans as frozen.</param>
/// <param name="Inspectors">The inspectors of the plans' departments, by id.</param>
/// <param name="Population">The pool entries, in snapshot order.</param>
/// <param name="Snapshot">The population snapshot's bytes (<see cref="PopulationSnapshot.Write"/>).</param>
/// <param name="Exclusions">Every enterprise not in a pool, with its reason.</param>
public sealed record FrozenDraw(
    string DrawId,
    DateOnly AsOf,
    string BundleHash,
    string CalendarHash,
    IReadOnlyList<PlanRecord> Plans,
    IReadOnlyList<InspectorRecord> Inspectors,
    IReadOnlyList<PoolEntry> Population,
    byte[] Snapshot,
    IReadOnlyList<Exclusion> Exclusions);
