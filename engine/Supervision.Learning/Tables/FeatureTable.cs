using Supervision.Learning.Features;
using Supervision.Model.Import;

namespace Supervision.Learning.Tables;

/// <summary>A feature table as read: its examples, the import report, what each column became, or why it was refused.</summary>
/// <param name="Dataset">The accepted rows as examples (empty when refused).</param>
/// <param name="Report">Rows read, accepted and rejected, each rejection with file, line and column.</param>
/// <param name="Columns">Every column and what the reader made of it.</param>
/// <param name="Refusal">Why the table is refused as a whole (too many rows rejected, a role column missing), or null.</param>
public sealed record FeatureTable(InspectionDataset Dataset, ImportReport Report, IReadOnlyList<TableColumn> Columns, string? Refusal)
{
    /// <summary>The columns as one line each, for standard error.</summary>
    public IEnumerable<string> Describe() => Columns.Select(c => $"  {c.Name}: {c.Kind.ToString().ToLowerInvariant()}{(c.Detail.Length > 0 ? " — " + c.Detail : "")}");
}
