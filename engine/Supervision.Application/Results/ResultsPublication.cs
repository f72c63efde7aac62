using Supervision.Model.Import;

namespace Supervision.Application.Results;

/// <summary>A results notice written by <see cref="PublishResults"/>.</summary>
/// <param name="DrawId">The draw whose results it publishes.</param>
/// <param name="AsOf">The publication date.</param>
/// <param name="Report">The import report of the results file.</param>
/// <param name="Published">Results published.</param>
/// <param name="Overdue">Of those, published after their deadline (逾期公示).</param>
/// <param name="Missing">Tasks without a result past their deadline.</param>
/// <param name="Directory">Where the notice was written.</param>
public sealed record ResultsPublication(string DrawId, DateOnly AsOf, ImportReport Report, int Published, int Overdue, int Missing, string Directory);
