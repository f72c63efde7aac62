namespace Supervision.Rules.Tolerance;

/// <summary>The loaded tolerance list: its settings, rows and content hash (SHA-256 of the tolerance folder).</summary>
public sealed record ToleranceList(ToleranceSettings Settings, IReadOnlyList<ToleranceItem> Items, string ContentHash)
{
    public SectorSpec? Sector(string name) => Settings.Sectors.FirstOrDefault(s => s.Name == name);
}
