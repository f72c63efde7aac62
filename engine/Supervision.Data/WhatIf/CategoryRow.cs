namespace Supervision.Data.WhatIf;

/// <summary>One category under both bundles (see <see cref="CategoryTally"/> for the two inspection measures).</summary>
/// <param name="Category">The supervision category.</param>
/// <param name="BaseEnterprises">Enterprises in it under the base bundle.</param>
/// <param name="CandidateEnterprises">Enterprises in it under the candidate.</param>
/// <param name="BaseExpected">Expected inspections (Σ ratio) under the base.</param>
/// <param name="CandidateExpected">Expected inspections (Σ ratio) under the candidate.</param>
/// <param name="BasePlanned">Planned draw under the base.</param>
/// <param name="CandidatePlanned">Planned draw under the candidate.</param>
public sealed record CategoryRow(
    string Category,
    int BaseEnterprises,
    int CandidateEnterprises,
    double BaseExpected,
    double CandidateExpected,
    int BasePlanned,
    int CandidatePlanned);
