using Supervision.Model.Import;

namespace Supervision.Data.Import;

/// <summary>The accepted rows of one file and the accounting of every row read.</summary>
/// <typeparam name="T">Row type.</typeparam>
/// <param name="Rows">Accepted rows, in file order.</param>
/// <param name="Report">Counts and issues; <see cref="ImportReport.IsBalanced"/> always holds.</param>
public sealed record ImportResult<T>(IReadOnlyList<T> Rows, ImportReport Report);
