using Supervision.Model.Randomness;
using M = Supervision.Synthetic.SafetyModel;

namespace Supervision.Synthetic;

/// <summary>
/// Turns a safety recipe (one option per rule family) into indicator values that fire exactly those rules, with values
/// piled on the thresholds of rules/evaluation/safety.yaml.
/// </summary>
internal static class SafetyValues
{
    public const string UntestedNewProcess = "untested_new_process";
    public const string UndesignedUnits = "undesigned_units";
    public const string UncertifiedSpecialWorkers = "uncertified_special_workers";
    public const string MajorAccidents3Y = "major_accidents_3y";
    public const string SeriousAccidents3Y = "serious_accidents_3y";
    public const string FatalGeneralAccidents1Y = "fatal_general_accidents_1y";
    public const string FatalAccidents3Y = "fatal_accidents_3y";
    public const string ImpactIncidents3Y = "impact_incidents_3y";
    public const string MajorHazardSources = "major_hazard_sources";
    public const string MajorHiddenHazardsOpen = "major_hidden_hazards_open";
    public const string GeneralHiddenHazardsOpen = "general_hidden_hazards_open";
    public const string LecMax = "lec_max";
    public const string SafetyTrainingRate = "safety_training_rate";
    public const string EmergencyDrills12M = "emergency_drills_12m";
    public const string StandardizationLevel = "standardization_level";
    public const string FireBrigade = "fire_brigade";
    public const string YearsWithoutAccident = "years_without_accident";

    // LEC D values per option (below 70, 70–160, 160–320, above 320), piled on 20, 70, 160 and 320.
    private static readonly (double, double)[] LecOffice = [(0, 0.5), (3, 0.15), (6, 0.15), (9, 0.1), (18, 0.1)];
    private static readonly (double, double)[][] LecValues =
    [
        [(20, 0.25), (18, 0.1), (27, 0.1), (36, 0.1), (45, 0.1), (54, 0.1), (63, 0.1), (69, 0.15)],
        [(70, 0.35), (90, 0.15), (108, 0.1), (126, 0.1), (135, 0.1), (150, 0.1), (159, 0.1)],
        [(160, 0.25), (180, 0.15), (210, 0.1), (240, 0.15), (270, 0.1), (320, 0.25)],
        [(324, 0.2), (360, 0.25), (420, 0.2), (540, 0.2), (600, 0.15)],
    ];

    // Training coverage per option (≥ 0.9, 0.7–0.9, < 0.7), piled on 0.9 and 0.7 and just below them.
    private static readonly (double, double)[][] TrainingValues =
    [
        [(0.9, 0.3), (0.92, 0.15), (0.95, 0.25), (0.98, 0.15), (1.0, 0.15)],
        [(0.7, 0.25), (0.75, 0.15), (0.8, 0.2), (0.85, 0.15), (0.89, 0.15), (0.899, 0.1)],
        [(0.699, 0.1), (0.69, 0.2), (0.6, 0.25), (0.5, 0.2), (0.4, 0.15), (0.3, 0.1)],
    ];

    // Open general hidden hazards per option (0–4, 5–9, 10+), piled on 0, 4, 5, 9 and 10.
    private static readonly (double, double)[][] GeneralHiddenValues =
    [
        [(0, 0.5), (1, 0.12), (2, 0.12), (3, 0.11), (4, 0.15)],
        [(5, 0.4), (6, 0.15), (7, 0.15), (8, 0.15), (9, 0.15)],
        [(10, 0.4), (11, 0.2), (12, 0.15), (14, 0.15), (16, 0.1)],
    ];

    private static readonly (double, double)[] DrillValues = [(1, 0.45), (2, 0.3), (3, 0.08), (4, 0.1), (12, 0.07)];

    public static IReadOnlyDictionary<string, double> From(SeededRandom random, int[] choice, DirectRedCause? cause, int hazardClass, int ageYears)
    {
        var serious = choice[M.Serious] == 1 ? 1 : 0;
        var fatal3Y = choice[M.Fatal] switch { 0 => 0, 1 => 1, _ => random.Bernoulli(0.8) ? 2 : 3 };
        var fatal1Y = fatal3Y > 0 && random.Bernoulli(0.4) ? 1 : 0;
        var major = 0;
        switch (cause)
        {
            case DirectRedCause.SeriousAccidents:
                serious = 2;
                break;
            case DirectRedCause.FatalAccidentsOneYear:
                fatal1Y = 2;
                fatal3Y = Math.Max(fatal3Y, 2);
                break;
            case DirectRedCause.MajorAccident:
                major = 1;
                break;
        }

        var impact = choice[M.Impact] == 1 ? (random.Bernoulli(0.8) ? 1 : 2) : 0;
        var accident = serious + fatal3Y + impact + major > 0;
        return new Dictionary<string, double>(StringComparer.Ordinal)
        {
            [UntestedNewProcess] = cause == DirectRedCause.UntestedNewProcess ? 1 : 0,
            [UndesignedUnits] = cause == DirectRedCause.UndesignedUnits ? 1 : 0,
            [UncertifiedSpecialWorkers] = cause == DirectRedCause.UncertifiedSpecialWorkers ? random.PickWeighted<double>([(1, 0.6), (2, 0.25), (3, 0.1), (5, 0.05)]) : 0,
            [MajorAccidents3Y] = major,
            [SeriousAccidents3Y] = serious,
            [FatalGeneralAccidents1Y] = fatal1Y,
            [FatalAccidents3Y] = fatal3Y,
            [ImpactIncidents3Y] = impact,
            [MajorHazardSources] = choice[M.Hazard] switch
            {
                0 => 0,
                1 => random.PickWeighted<double>([(1, 0.6), (2, 0.4)]),
                _ => random.PickWeighted<double>([(3, 0.5), (4, 0.25), (5, 0.15), (6, 0.1)]),
            },
            [MajorHiddenHazardsOpen] = choice[M.MajorHidden] == 0 ? 0 : random.PickWeighted<double>([(1, 0.8), (2, 0.2)]),
            [GeneralHiddenHazardsOpen] = random.PickWeighted(GeneralHiddenValues[choice[M.GeneralHidden]]),
            [LecMax] = random.PickWeighted(hazardClass == 0 && choice[M.Lec] == 0 ? LecOffice : LecValues[choice[M.Lec]]),
            [SafetyTrainingRate] = random.PickWeighted(TrainingValues[choice[M.Training]]),
            [EmergencyDrills12M] = choice[M.Drill] == 1 ? 0 : random.PickWeighted(DrillValues),
            [StandardizationLevel] = choice[M.Standardization] switch { 0 => 0, 1 => 3, 2 => 2, _ => 1 },
            [FireBrigade] = choice[M.FireBrigade],
            [YearsWithoutAccident] = DrawYearsWithoutAccident(random, choice[M.AccidentFree] == 1, accident, fatal1Y > 0, ageYears),
        };
    }

    private static double DrawYearsWithoutAccident(SeededRandom random, bool bonus, bool accidentIn3Years, bool fatalThisYear, int ageYears)
    {
        if (bonus)
        {
            return random.Bernoulli(0.3) ? 5 : random.NextInt(5, Math.Clamp(ageYears, 5, 30));
        }

        if (accidentIn3Years)
        {
            return fatalThisYear ? 0 : random.NextInt(0, Math.Min(2, ageYears));
        }

        // Piled on 4, one year short of the bonus.
        var cap = Math.Clamp(ageYears, 0, 4);
        return random.Bernoulli(0.25) ? cap : random.NextInt(0, cap);
    }
}
