namespace Supervision.Synthetic;

/// <summary>
/// The point-bearing credit rule families of the default bundle (rules/evaluation/credit.yaml) as recipe groups. The
/// violations found by inspections (C-DED-VIOLATION*) are not a group: they follow from the inspection history and
/// shift the band the recipe must land in.
/// </summary>
internal static class CreditModel
{
    public const int Abnormal = 0;
    public const int Penalty12M = 1;
    public const int Repeat = 2;
    public const int Heavy = 3;
    public const int Tax = 4;
    public const int Public = 5;

    /// <summary>Tax grades in the order of the options of the tax group.</summary>
    public static IReadOnlyList<string> TaxGrades { get; } = ["A", "B", "M", "C", "D"];

    /// <summary>Public credit grades in the order of the options of the public group.</summary>
    public static IReadOnlyList<string> PublicGrades { get; } = ["A", "B", "C", "D"];

    /// <summary>The class shares aimed at (Dandong 2023, domain research 2.2): A, B, C, D.</summary>
    public static IReadOnlyList<double> ClassWeights { get; } = [0.655, 0.25, 0.08, 0.015];

    public static IReadOnlyList<RecipeGroup> Groups(CreditCapabilities can)
    {
        ArgumentNullException.ThrowIfNull(can);
        return
        [
            // none; listed < 24 months (C-DED-ABNORMAL); listed ≥ 24 months (+ C-DED-ABNORMAL-LONG)
            RecipeGroup.Of("abnormal", (0, 0.92), (-20, can.AbnormalShort ? 0.05 : 0), (-30, can.AbnormalLong ? 0.03 : 0)),
            RecipeGroup.Of("penalty_12m", (0, 0.92), (-10, can.RecentPenalty ? 0.08 : 0)),
            RecipeGroup.Of("penalty_repeat", (0, 0.96), (-15, can.OlderPenalty ? 0.04 : 0)),
            RecipeGroup.Of("penalty_heavy", (0, 0.96), (-10, can.RecentPenalty ? 0.04 : 0)),
            can.TaxGraded
                ? RecipeGroup.Of("tax", (3, 0.30), (0, 0.45), (0, 0.15), (-10, 0.07), (-20, 0.03))
                : RecipeGroup.Of("tax", (3, 0), (0, 0), (0, 1), (-10, 0), (-20, 0)),
            can.PublicGraded
                ? RecipeGroup.Of("public", (0, 0.28), (0, 0.60), (-10, 0.08), (-20, 0.04))
                : RecipeGroup.Of("public", (0, 0), (0, 1), (-10, 0), (-20, 0)),
        ];
    }

    /// <summary>Combinations a credit file would not show.</summary>
    public static bool Allowed(int[] choice, CreditCapabilities can)
    {
        ArgumentNullException.ThrowIfNull(choice);
        ArgumentNullException.ThrowIfNull(can);
        var troubled = choice[Abnormal] != 0 || choice[Repeat] != 0 || choice[Heavy] != 0;
        var anyPenalty = choice[Penalty12M] != 0 || can.OlderPenalty;
        return (choice[Tax] != 0 || !troubled)                             // tax grade A needs a clean record
            && (choice[Public] != 0 || (!troubled && choice[Penalty12M] == 0))
            && (choice[Repeat] == 0 || can.OlderPenalty)                   // three penalties need time
            && (choice[Heavy] == 0 || anyPenalty);                         // heavy fines need a penalty in 36 months
    }
}
