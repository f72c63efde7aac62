using NRules;

namespace Supervision.Rules.Tolerance;

/// <summary>A tolerance list with its rows' checks and the NRules session factory generated from them.</summary>
/// <remarks>Thread-safe: each decision run opens its own session.</remarks>
public sealed record CompiledToleranceList(ToleranceList List, IReadOnlyList<ToleranceChecks> Rows, ISessionFactory Factory);
