namespace Supervision.Service;

/// <summary>A menu entry: its text, its target and the policy that must pass for it to be shown (null: any signed-in person).</summary>
public sealed record NavigationItem(string Text, string Path, string? Policy);
