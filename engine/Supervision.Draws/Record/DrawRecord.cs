using System.Text.Json.Serialization;
using Supervision.Draws.Protocol;

namespace Supervision.Draws.Record;

/// <summary>
/// The draw record (JSON): everything needed to re-run the draw and check it — algorithm version, seed and its
/// commitment, the plans as frozen, the inspector snapshot, the hash of the population snapshot, the bundle that
/// scored the population, and the outcome. Restricted to regulators and auditors: the population snapshot it refers to
/// holds the pools, which reveal categories.
/// </summary>
public sealed record DrawRecord(
    string Algorithm,
    string DrawId,
    DateOnly AsOf,
    string Seed,
    string SeedCommitment,
    string BundleHash,
    string CalendarHash,
    string PopulationSha256,
    int PopulationEntries,
    int Exclusions,
    IReadOnlyList<PlanRecord> Plans,
    IReadOnlyList<InspectorRecord> Inspectors,
    DrawOutcome Outcome)
{
    /// <summary>
    /// For a prepared draw (<see cref="DrawPreparation.Version"/>): the preparation it executed, the revealed shares and
    /// the public value its seed was derived from (<see cref="SeedDerivation"/>). Absent from a draw with a given seed.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PreparationReveal? Preparation { get; init; }
}
