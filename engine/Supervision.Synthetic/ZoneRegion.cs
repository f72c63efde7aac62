namespace Supervision.Synthetic;

/// <summary>A park of the zone with its supervision grids.</summary>
/// <param name="Name">Park name, the region column of enterprises.csv.</param>
/// <param name="DivisionCode">GB/T 2260 county-level code of the registration authority, digits 3–8 of a USCC.</param>
/// <param name="Grids">Supervision grids (网格) in the park, each inside one street or town.</param>
internal sealed record ZoneRegion(string Name, string DivisionCode, IReadOnlyList<ZoneGrid> Grids);
