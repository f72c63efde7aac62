using System.Text;

namespace Supervision.Data.Import;

/// <summary>The encoding a file is read with.</summary>
/// <param name="Name">Name for the import report.</param>
/// <param name="ReaderEncoding">Encoding to give CsvHelper, or null to let it honour the BOM and assume UTF-8.</param>
/// <param name="Warning">Set when the file is not valid in the encoding chosen.</param>
internal sealed record DetectedEncoding(string Name, Encoding? ReaderEncoding, string? Warning);
