namespace Supervision.Synthetic;

/// <summary>
/// The point-bearing safety rule families of the default bundle (rules/evaluation/safety.yaml) as recipe groups, with
/// natural option weights per hazard class (0 offices … 3 hazardous chemicals).
/// </summary>
internal static class SafetyModel
{
    public const int Serious = 0;
    public const int Fatal = 1;
    public const int Impact = 2;
    public const int Hazard = 3;
    public const int MajorHidden = 4;
    public const int GeneralHidden = 5;
    public const int Lec = 6;
    public const int Training = 7;
    public const int Drill = 8;
    public const int Standardization = 9;
    public const int FireBrigade = 10;
    public const int AccidentFree = 11;

    // Points of each option, in the order of the weight rows below.
    private static readonly int[][] Points =
    [
        [0, -10],           // S-DED-SERIOUS-ACC: one serious accident in 3 years
        [0, -8, -16],       // S-DED-FATAL-1 / -2: one, or two and more, fatal general accidents in 3 years
        [0, -5],            // S-DED-IMPACT
        [0, -10, -15],      // S-DED-MAJOR-HAZARD (+ -MULTI from 3 sources)
        [0, -15],           // S-DED-MAJOR-HIDDEN
        [0, -5, -10],       // S-DED-GENERAL-HIDDEN-5 / -10
        [0, -5, -10, -20],  // S-DED-LEC-70 / -160 / -320
        [0, -3, -6],        // S-DED-TRAINING-90 / -70
        [0, -3],            // S-DED-NO-DRILL
        [0, 2, 5, 15],      // S-BON-STD-3 / -2 / -1
        [0, 3],             // S-BON-FIRE
        [0, 5],             // S-BON-NO-ACC-5Y
    ];

    private static readonly string[] Names =
        ["serious", "fatal", "impact", "hazard", "major_hidden", "general_hidden", "lec", "training", "drill", "standardization", "fire", "accident_free"];

    // [hazard class][group] → option weights.
    private static readonly double[][][] Weights =
    [
        [
            [1, 0], [1, 0, 0], [0.995, 0.005], [1, 0, 0], [1, 0], [0.90, 0.08, 0.02],
            [0.97, 0.03, 0, 0], [0.65, 0.25, 0.10], [0.45, 0.55], [1, 0, 0, 0], [1, 0], [0.40, 0.60],
        ],
        [
            [1, 0], [0.998, 0.002, 0], [0.98, 0.02], [0.98, 0.02, 0], [0.98, 0.02], [0.80, 0.15, 0.05],
            [0.80, 0.18, 0.02, 0], [0.60, 0.28, 0.12], [0.60, 0.40], [0.90, 0.10, 0, 0], [1, 0], [0.40, 0.60],
        ],
        [
            [0.99, 0.01], [0.98, 0.015, 0.005], [0.96, 0.04], [0.85, 0.13, 0.02], [0.95, 0.05], [0.65, 0.25, 0.10],
            [0.45, 0.35, 0.17, 0.03], [0.60, 0.30, 0.10], [0.75, 0.25], [0.60, 0.30, 0.09, 0.01], [0.95, 0.05], [0.45, 0.55],
        ],
        [
            [0.97, 0.03], [0.95, 0.04, 0.01], [0.93, 0.07], [0.35, 0.45, 0.20], [0.88, 0.12], [0.55, 0.30, 0.15],
            [0.25, 0.35, 0.30, 0.10], [0.60, 0.30, 0.10], [0.85, 0.15], [0.35, 0.35, 0.25, 0.05], [0.80, 0.20], [0.45, 0.55],
        ],
    ];

    /// <summary>The groups for a hazard class; without the accident-free bonus when the enterprise is under 5 years old.</summary>
    public static IReadOnlyList<RecipeGroup> Groups(int hazardClass, bool accidentFreePossible)
    {
        var weights = Weights[hazardClass];
        var groups = new RecipeGroup[Points.Length];
        for (var g = 0; g < Points.Length; g++)
        {
            double[] w = [.. weights[g]];
            if (g == AccidentFree && !accidentFreePossible)
            {
                w = [1, 0];
            }

            groups[g] = new RecipeGroup(Names[g], Points[g], w);
        }

        return groups;
    }

    /// <summary>Five accident-free years contradict any accident in the last three.</summary>
    public static bool Allowed(int[] choice)
        => choice[AccidentFree] == 0 || (choice[Serious] == 0 && choice[Fatal] == 0 && choice[Impact] == 0);
}
