using Supervision.Model.Randomness;
using Supervision.Model.Registry;

namespace Supervision.Synthetic;

/// <summary>
/// Draws the credit records of one enterprise for a target class: a combination of credit rule families whose points,
/// with the inspection violation points already fixed, land in the class band (often on its edge), then records that
/// fire exactly those rules. Blacklisted enterprises are class D whatever their score; 30% of them get a class-B
/// score, so that the override matters.
/// </summary>
/// <remarks>Caches one <see cref="RecipeTable"/> per <see cref="CreditCapabilities"/>; not thread-safe.</remarks>
internal sealed class CreditSynthesizer
{
    // Class A sits on its edge (exactly 90) less often: most low-risk enterprises have clean files.
    private static readonly double[] EdgeShares = [0.1, 0.3, 0.3, 0.3];

    private readonly Dictionary<int, RecipeTable> _tables = [];

    /// <param name="context">The enterprise and its credit stream.</param>
    /// <param name="targetClass">0 (A) to 3 (D).</param>
    /// <param name="plan">Its blacklist listing, if any.</param>
    /// <param name="violationPoints">Points the inspection history and the complaints already give (C-DED-VIOLATION, -REPEAT, C-DED-COMPLAINTS).</param>
    public CreditDraw Draw(CreditContext context, int targetClass, BlacklistPlan plan, int violationPoints)
    {
        ArgumentNullException.ThrowIfNull(context);
        var random = context.Random;
        var can = CreditCapabilities.Of(context.Enterprise.RegistrationDate, context.AsOf);
        var table = Table(can);
        var band = plan == BlacklistPlan.Active ? (random.Bernoulli(0.3) ? 1 : 3) : targetClass;
        var choice = Sample(random, table, band, violationPoints);

        var records = new List<CreditRecord>();
        PenaltyHistory.Add(context, choice, can, records);
        ListingHistory.AddAbnormal(context, choice, records);
        ListingHistory.AddBlacklist(context, plan, records);
        GradeHistory.AddTax(context, choice, can, records);
        GradeHistory.AddPublic(context, choice, can, records);
        records.Sort((a, b) => (a.Type, a.StartDate).CompareTo((b.Type, b.StartDate)) is var c and not 0
            ? c
            : string.CompareOrdinal(a.DocumentNo, b.DocumentNo));

        var score = ScoreBands.Clamp(ScoreBands.Base + table.Total(choice) + violationPoints);
        // Listings the records leave open end by the list rules (rules/lists): the histories below are drawn so that the
        // rules end each exactly when the intended history says (an expiry at 36 months, a repair or correction decided).
        var blacklisted = records.Exists(r => r.Type == CreditRecordType.Blacklist && r.IsActiveOn(context.AsOf)
            && !context.Applications.Exists(a => a.ListingDocumentNo == r.DocumentNo && a.DecidedOn <= context.AsOf && a.CommitmentSigned)
            && r.StartDate.AddMonths(36) > context.AsOf);
        var creditClass = blacklisted ? ScoreBands.CreditClasses[^1] : ScoreBands.CreditClasses[ScoreBands.BandOf(score)];
        return new CreditDraw(records, score, creditClass, blacklisted, [.. context.Applications]);
    }

    private static int[] Sample(SeededRandom random, RecipeTable table, int target, int violationPoints)
    {
        // A class the enterprise cannot reach (a new company cannot be class D by score) falls back to the nearest.
        foreach (var band in Enumerable.Range(0, ScoreBands.CreditClasses.Count).OrderBy(b => Math.Abs(b - target)).ThenBy(b => b))
        {
            var (min, max) = ScoreBands.PointRange(band, violationPoints);
            if (table.Sample(random, min, max, EdgeShares[band]) is { } choice)
            {
                return choice;
            }
        }

        throw new InvalidOperationException("The credit recipe table reaches no class.");
    }

    private RecipeTable Table(CreditCapabilities can)
    {
        if (!_tables.TryGetValue(can.Key, out var table))
        {
            table = new RecipeTable(CreditModel.Groups(can), choice => CreditModel.Allowed(choice, can));
            _tables.Add(can.Key, table);
        }

        return table;
    }
}
