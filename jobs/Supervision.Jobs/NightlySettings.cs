using Supervision.Rules.Compilation;

namespace Supervision.Jobs;

/// <summary>
/// What a process running nightly jobs is configured with (the jobs themselves receive only ids and dates): where the
/// data, the bundle in force, the plans and the calendar are, how to chunk, and the seed of runs it plans.
/// </summary>
/// <param name="DataDirectory">Directory with enterprises.csv and the other input files.</param>
/// <param name="RulesDirectory">Bundle directory, or a publication store meaning the bundle in force there.</param>
/// <param name="PlanFiles">The plans drawn every night, in order.</param>
/// <param name="CalendarFile">The working-day calendar.</param>
/// <param name="ChunkSize">Enterprises per chunk job.</param>
/// <param name="Seed">Seed of the runs this process plans (64 hex characters), or null to take a fresh one per run from <see cref="FreshSeed"/>; a run keeps the seed it was planned with.</param>
internal sealed record NightlySettings(
    string DataDirectory, string RulesDirectory, IReadOnlyList<string> PlanFiles, string CalendarFile, int ChunkSize, string? Seed)
{
    /// <summary>The bundle, compiled already by the host; null to compile <see cref="RulesDirectory"/> on first use.</summary>
    public CompiledBundle? Bundle { get; init; }

    /// <summary>Where a long-lived host takes each new run's seed when <see cref="Seed"/> is null (the OS's cryptographic generator, at the host's edge).</summary>
    public Func<string>? FreshSeed { get; init; }
}
