using Microsoft.Extensions.Logging;
using Supervision.Data.Draws;

namespace Supervision.Service;

/// <summary>
/// The items' inspection checklists (检查要点) of the rules in force, read from <c>plans/checklists.csv</c> and read again
/// when the file changes, so that a regulator's correction shows on the next page without a restart. A row the import
/// rejects is logged with its line and left out; the others are used.
/// </summary>
public sealed class ItemChecklistCatalog(string path, ILogger<ItemChecklistCatalog> logger)
{
    private readonly Lock gate = new();
    private DateTime stamp = DateTime.MaxValue;
    private IReadOnlyDictionary<string, IReadOnlyList<string>> points = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    /// <summary>Each item code's points as the file now holds them (none when there is no file): one look at the file per call.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Current()
    {
        var now = File.Exists(path) ? File.GetLastWriteTimeUtc(path) : DateTime.MinValue;
        lock (gate)
        {
            if (now != stamp)
            {
                var (loaded, report) = ItemChecklists.Load(path);
                if (report is { Rejected: > 0 } rejected)
                {
                    var first = rejected.Issues.Count > 0 ? rejected.Issues[0].ToString() : "";
                    ServiceLog.ChecklistRowsRejected(logger, path, rejected.Rejected, first);
                }

                (points, stamp) = (loaded, now);
            }

            return points;
        }
    }
}
