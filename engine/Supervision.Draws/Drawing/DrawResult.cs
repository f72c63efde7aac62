using Supervision.Draws.Record;

namespace Supervision.Draws.Drawing;

/// <summary>
/// A finished draw: the record, the population snapshot it refers to, every exclusion, and the population as pool
/// entries (as drawn; empty once saved or read back, where the snapshot stands for it).
/// </summary>
public sealed record DrawResult(DrawRecord Record, byte[] PopulationSnapshot, IReadOnlyList<Exclusion> Exclusions, IReadOnlyList<PoolEntry> Population);
