namespace Supervision.Data.Import;

/// <summary>A line whose bytes are not in the encoding its file is read with.</summary>
/// <param name="Kind">What the line's bytes are.</param>
/// <param name="Field">0-based field of the line where the first offending byte is.</param>
/// <param name="ByteOffset">0-based offset of that byte in the line.</param>
public readonly record struct LineEncodingProblem(LineKind Kind, int Field, int ByteOffset);
