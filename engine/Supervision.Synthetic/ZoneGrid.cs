namespace Supervision.Synthetic;

/// <summary>A supervision grid (网格) and the district and street or town (区/街道) it lies in.</summary>
/// <param name="Code">Grid code, the grid column of enterprises.csv (G01–G20).</param>
/// <param name="District">County-level division and street or town, the district column of enterprises.csv.</param>
internal sealed record ZoneGrid(string Code, string District);
