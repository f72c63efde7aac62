using Supervision.Model.Randomness;
using M = Supervision.Synthetic.SafetyModel;

namespace Supervision.Synthetic;

/// <summary>
/// Draws the safety indicators of one enterprise: a target level from its profile, a combination of rule families
/// whose points land in that level's band (often exactly on an edge), then indicator values that fire exactly those
/// rules, with values clustered on the rule thresholds (LEC 70/160/320, training 0.7/0.9, counts 0/1/2, 5 and 10).
/// </summary>
/// <remarks>Caches one <see cref="RecipeTable"/> per hazard class; not thread-safe.</remarks>
internal sealed class SafetySynthesizer
{
    private readonly Dictionary<(int, bool), RecipeTable> _tables = [];

    public SafetyDraw Draw(SeededRandom random, RiskProfile profile, int ageYears)
    {
        ArgumentNullException.ThrowIfNull(random);
        var settings = ProfileSettings.For(profile);
        var table = Table(settings.HazardClass, ageYears >= 5);
        DirectRedCause? cause = null;
        int[] choice;
        if (random.Bernoulli(settings.DirectRedShare))
        {
            cause = DrawCause(random, profile);
            choice = table.Sample(random, int.MinValue, int.MaxValue, 0)!;
            AlignWithCause(choice, cause.Value);
        }
        else
        {
            choice = SampleLevel(random, table, settings);
        }

        var values = SafetyValues.From(random, choice, cause, settings.HazardClass, ageYears);
        var score = ScoreBands.Clamp(ScoreBands.Base + table.Total(choice));
        var level = cause is null ? ScoreBands.SafetyLevels[ScoreBands.BandOf(score)] : ScoreBands.SafetyLevels[^1];
        return new SafetyDraw(values, score, level, cause);
    }

    private static int[] SampleLevel(SeededRandom random, RecipeTable table, ProfileSettings settings)
    {
        var target = random.PickIndex([.. settings.LevelWeights]);

        // A level the profile cannot reach falls back to the nearest one that it can.
        foreach (var band in Enumerable.Range(0, ScoreBands.SafetyLevels.Count).OrderBy(b => Math.Abs(b - target)).ThenBy(b => b))
        {
            var (min, max) = ScoreBands.PointRange(band);
            // The 蓝 band has one edge (90) and most enterprises: half the share keeps that pile in proportion.
            if (table.Sample(random, min, max, band == 0 ? settings.EdgeShare / 2 : settings.EdgeShare) is { } choice)
            {
                return choice;
            }
        }

        throw new InvalidOperationException("The safety recipe table reaches no level.");
    }

    private static DirectRedCause DrawCause(SeededRandom random, RiskProfile profile) => random.PickWeighted<DirectRedCause>(profile switch
    {
        RiskProfile.HazardousChemicals or RiskProfile.Petroleum =>
        [
            (DirectRedCause.UncertifiedSpecialWorkers, 0.40), (DirectRedCause.UndesignedUnits, 0.20), (DirectRedCause.UntestedNewProcess, 0.10),
            (DirectRedCause.MajorAccident, 0.10), (DirectRedCause.SeriousAccidents, 0.10), (DirectRedCause.FatalAccidentsOneYear, 0.10),
        ],
        RiskProfile.HazardousStorage =>
        [
            (DirectRedCause.UncertifiedSpecialWorkers, 0.50), (DirectRedCause.MajorAccident, 0.20),
            (DirectRedCause.SeriousAccidents, 0.15), (DirectRedCause.FatalAccidentsOneYear, 0.15),
        ],
        _ =>
        [
            (DirectRedCause.UncertifiedSpecialWorkers, 0.70), (DirectRedCause.MajorAccident, 0.10),
            (DirectRedCause.SeriousAccidents, 0.10), (DirectRedCause.FatalAccidentsOneYear, 0.10),
        ],
    });

    /// <summary>Makes the point families agree with an accident that causes the direct red.</summary>
    private static void AlignWithCause(int[] choice, DirectRedCause cause)
    {
        if (cause is DirectRedCause.MajorAccident or DirectRedCause.SeriousAccidents or DirectRedCause.FatalAccidentsOneYear)
        {
            choice[M.AccidentFree] = 0;
        }

        if (cause == DirectRedCause.SeriousAccidents)
        {
            choice[M.Serious] = 0; // two serious accidents: the "exactly one" deduction does not fire
        }

        if (cause == DirectRedCause.FatalAccidentsOneYear)
        {
            choice[M.Fatal] = 2; // two fatal accidents in a year are also two in three years
        }
    }

    private RecipeTable Table(int hazardClass, bool accidentFreePossible)
    {
        if (!_tables.TryGetValue((hazardClass, accidentFreePossible), out var table))
        {
            table = new RecipeTable(M.Groups(hazardClass, accidentFreePossible), M.Allowed);
            _tables.Add((hazardClass, accidentFreePossible), table);
        }

        return table;
    }
}
