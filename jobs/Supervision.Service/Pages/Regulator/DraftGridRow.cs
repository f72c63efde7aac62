namespace Supervision.Service.Pages.Regulator;

/// <summary>One row of the table editor's grid as posted: its cells (null for an empty input) and its delete box.</summary>
public sealed class DraftGridRow
{
    public List<string?> Cells { get; set; } = [];

    public bool Delete { get; set; }
}
