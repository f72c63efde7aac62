namespace Supervision.Rules.Scoring;

/// <summary>An enterprise ready for scoring: identity plus slot values laid out by the bundle's <see cref="Compilation.FactLayout"/>.</summary>
public sealed record EnterpriseInput(string Uscc, string Name, double[] Numbers, string?[] Texts);
