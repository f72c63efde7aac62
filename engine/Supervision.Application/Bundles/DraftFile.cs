namespace Supervision.Application.Bundles;

/// <summary>A text file of a change draft.</summary>
/// <param name="Path">Relative to the bundle directory.</param>
/// <param name="Text">Its text; empty for a file not yet written.</param>
/// <param name="Exists">Whether the draft holds it.</param>
public sealed record DraftFile(string Path, string Text, bool Exists);
