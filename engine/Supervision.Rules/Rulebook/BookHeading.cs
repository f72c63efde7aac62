namespace Supervision.Rules.Rulebook;

/// <summary>A heading; level 1 is the document title.</summary>
internal sealed record BookHeading(int Level, string Text) : BookBlock;
