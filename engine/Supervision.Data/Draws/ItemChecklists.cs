using Supervision.Data.Import;
using Supervision.Model.Import;

namespace Supervision.Data.Draws;

/// <summary>
/// The inspection checklist of each item (检查要点, what the inspector looks at for an item of the 检查事项清单), kept by
/// the regulators beside the plans as <c>plans/checklists.csv</c> (<c>code,point</c>, one row per point, in the order to
/// check them). Guidance, not a draw input: the draw never reads it, so no record or hash holds it, and a point added
/// or corrected shows on every task of the item at once.
/// </summary>
/// <remarks>
/// Read like every input file (UTF-8 or GB18030, file:line:column for a bad row, the rest still used); a code may repeat,
/// a point may not repeat within its code.
/// </remarks>
public static class ItemChecklists
{
    public const string File = "checklists.csv";

    public static readonly ColumnSpec Code = new("code", "检查事项编码");

    public static readonly ColumnSpec Point = new("point", "检查要点", MaxLength: 200);

    /// <summary>The points of each item code in <paramref name="path"/>, with the import's report; none when the file does not exist.</summary>
    public static (IReadOnlyDictionary<string, IReadOnlyList<string>> Points, ImportReport? Report) Load(string path)
    {
        if (!System.IO.File.Exists(path))
        {
            return (new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal), null);
        }

        var imported = TableImporter.Import(path, new TableSchema<(string Code, string Point), string>(
            [Code, Point], row => (row.RequiredText(Code), row.RequiredText(Point)), p => p.Code + "\n" + p.Point, Point, "point (once per code)"));
        var points = imported.Rows.GroupBy(p => p.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(p => p.Point)], StringComparer.Ordinal);
        return (points, imported.Report);
    }
}
