using Supervision.Data.Draws;
using Supervision.Draws.Gates;
using Supervision.Draws.Protocol;
using Supervision.Rules.Compilation;

namespace Supervision.Application.Draws;

/// <summary>What <see cref="PrepareDraw"/> prepares, and where.</summary>
/// <param name="Bundle">The bundle that scores the population.</param>
/// <param name="PlanFiles">The plans.</param>
/// <param name="DataDirectory">The population's input files.</param>
/// <param name="CalendarFile">The working-day calendar.</param>
/// <param name="AsOf">The draw date.</param>
/// <param name="Commitments">One per department of the plans (their order is the seed's order of shares).</param>
/// <param name="PublicRandomness">The public random value the draw will take, named: source, date or round, how it is written.</param>
/// <param name="Gates">The input gates (the staffing of tasks is judged when they are drawn, not here).</param>
/// <param name="OutputDirectory">Where the prepared draw is written; it must not hold a preparation yet.</param>
/// <param name="Ledger">Where the plans and periods are claimed (one draw per plan and period).</param>
/// <param name="At">When (the claim's time).</param>
public sealed record DrawPreparationRequest(
    CompiledBundle Bundle,
    IReadOnlyList<string> PlanFiles,
    string DataDirectory,
    string CalendarFile,
    DateOnly AsOf,
    IReadOnlyList<ShareCommitment> Commitments,
    string PublicRandomness,
    DrawGateThresholds Gates,
    string OutputDirectory,
    DrawLedger Ledger,
    DateTimeOffset At);
