using Supervision.Draws.Record;

namespace Supervision.Draws.Protocol;

/// <summary>
/// Everything a prepared draw is frozen to before any randomness exists (<c>preparation.json</c>): the plans as the draw
/// will use them (working days, items, pools), the inspector directory (departments, certificates, conflicts), the
/// hashes of the population snapshot, the calendar and the bundle, each department's commitment to its seed share, and
/// the public random value the draw will take, named before it exists. Its SHA-256 is published in the pre-draw notice.
/// </summary>
/// <param name="Protocol"><see cref="Version"/>.</param>
/// <param name="DrawId">The draw's id (as-of date and plan ids).</param>
/// <param name="AsOf">The draw date.</param>
/// <param name="BundleHash">The scoring bundle's content hash.</param>
/// <param name="CalendarHash">SHA-256 of the working-day calendar file.</param>
/// <param name="PopulationSha256">SHA-256 of the population snapshot (<c>population.csv</c>).</param>
/// <param name="PopulationEntries">Rows of the snapshot.</param>
/// <param name="Exclusions">Rows of <c>exclusions.csv</c>.</param>
/// <param name="Plans">The plans, exactly as the draw record will hold them.</param>
/// <param name="Inspectors">The inspector directory, exactly as the draw record will hold it.</param>
/// <param name="Commitments">One per participating department, in the order the seed takes the shares.</param>
/// <param name="PublicRandomness">
/// The public random value the draw will use, named so that anyone can look it up afterwards: its source, the date or
/// round, and how its text is written (for example "中国福利彩票双色球 2026-12-08 开奖号码，红球升序后接蓝球，以空格分隔").
/// </param>
public sealed record DrawPreparation(
    string Protocol,
    string DrawId,
    DateOnly AsOf,
    string BundleHash,
    string CalendarHash,
    string PopulationSha256,
    int PopulationEntries,
    int Exclusions,
    IReadOnlyList<PlanRecord> Plans,
    IReadOnlyList<InspectorRecord> Inspectors,
    IReadOnlyList<ShareCommitment> Commitments,
    string PublicRandomness)
{
    /// <summary>The protocol of prepared draws: commit, then reveal.</summary>
    public const string Version = "supervision-draw/v2";

    /// <summary>The file a preparation is written to.</summary>
    public const string FileName = "preparation.json";
}
