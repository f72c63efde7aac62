namespace Supervision.Rules.Tolerance;

/// <summary>One exclusion of a list row; <paramref name="Sector"/> names the sector for <see cref="ExclusionKind.Sector"/>.</summary>
public sealed record ExclusionSpec(ExclusionKind Kind, string? Sector);
