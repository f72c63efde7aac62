namespace Supervision.Application.Bundles;

/// <summary>A top-level field of a plan file (<c>key: value</c> at the start of a line).</summary>
/// <param name="Key">The key.</param>
/// <param name="Value">The value as written (a scalar, quoted or not, or a one-line flow map or sequence); empty for a block value.</param>
/// <param name="Comment">The line's trailing comment without its '#', or null.</param>
/// <param name="Line">The line number (from 1).</param>
/// <param name="Editable">
/// Whether the value is on the key's line and may be replaced there; block values (the lines below the key, | and >
/// scalars, a flow collection continued on the next lines) are edited in the raw file editor.
/// </param>
public sealed record PlanField(string Key, string Value, string? Comment, int Line, bool Editable);
