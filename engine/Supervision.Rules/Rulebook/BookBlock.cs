namespace Supervision.Rules.Rulebook;

/// <summary>A block of the rulebook: what both renderers (Markdown and HTML) know how to write.</summary>
internal abstract record BookBlock;
