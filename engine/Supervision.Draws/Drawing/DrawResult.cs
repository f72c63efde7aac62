using Supervision.Draws.Record;

namespace Supervision.Draws.Drawing;

/// <summary>A finished draw: the record, the population snapshot it refers to, and every exclusion.</summary>
public sealed record DrawResult(DrawRecord Record, byte[] PopulationSnapshot, IReadOnlyList<Exclusion> Exclusions, IReadOnlyList<PoolEntry> Population);
