using Supervision.Model.Randomness;

namespace Supervision.Benchmarks.Reports;

/// <summary>
/// An enterprise's standing in one run as `--reports` writes it: safety level and score, credit class and score, the
/// category the shipped matrix (rules/tables/matrix.csv) gives them, the category's ratio, the regime, and about six
/// fired ids (the level, class, matrix and ratio rows, one to three deductions, the regime rule) — or, one in 20,000, an
/// evaluation error with no standing. Drawn from the enterprise's own seeded stream, so any index is generated alone and
/// on any core; the second run keeps the first run's standing except for about <see cref="MoverShare"/> of the
/// enterprises, whose level or class changes so that their category does.
/// </summary>
internal sealed record ReportsStanding(
    string? Category, double? Ratio, string? SafetyLevel, double? SafetyScore, string? CreditClass, double? CreditScore, string? Regime,
    string[] Fired, string? Error)
{
    /// <summary>The share of enterprises whose category differs between the two runs.</summary>
    public const double MoverShare = 0.03;

    public static readonly string[] Categories = ["I", "II", "III", "IV"];

    private const ulong BaseStream = 101;
    private const ulong MoveStream = 102;

    // Most severe first, as the bundle lists them; the weights are a plausible zone (most enterprises blue and A/B).
    private static readonly string[] Levels = ["红", "橙", "黄", "蓝"];
    private static readonly double[] LevelWeights = [0.05, 0.12, 0.28, 0.55];
    private static readonly string[] LevelRows = ["SL-RED", "SL-ORANGE", "SL-YELLOW", "SL-BLUE"];
    private static readonly double[] LevelFloor = [40, 60, 75, 90];
    private static readonly double[] LevelWidth = [20, 15, 15, 10];
    private static readonly string[] Classes = ["D", "C", "B", "A"];
    private static readonly double[] ClassWeights = [0.05, 0.15, 0.45, 0.35];
    private static readonly string[] ClassRows = ["CC-D", "CC-C", "CC-B", "CC-A"];

    // rules/tables/matrix.csv: [level, class] → category index and row id.
    private static readonly int[,] Matrix = { { 0, 0, 0, 0 }, { 0, 0, 1, 1 }, { 0, 1, 2, 2 }, { 0, 1, 2, 3 } };
    private static readonly string[,] MatrixRows =
    {
        { "M-RED", "M-RED", "M-RED", "M-RED" },
        { "M-ORANGE-CD", "M-ORANGE-CD", "M-ORANGE-AB", "M-ORANGE-AB" },
        { "M-YELLOW-D", "M-YELLOW-C", "M-YELLOW-AB", "M-YELLOW-AB" },
        { "M-BLUE-D", "M-BLUE-C", "M-BLUE-B", "M-BLUE-A" },
    };

    private static readonly string[] RatioRows = ["RT-I", "RT-II", "RT-III", "RT-IV"];
    private static readonly double[] Ratios = [0.30, 0.10, 0.05, 0.03];

    private static readonly string[] Regimes = ["routine", "trigger_only", "observation", "dormant", "blacklist"];
    private static readonly double[] RegimeWeights = [0.90, 0.04, 0.03, 0.02, 0.01];
    private static readonly string?[] RegimeRules = [null, "R-TRIGGER-ONLY", "R-OBSERVATION", "R-DORMANT", "R-BLACKLIST"];

    private static readonly string[] Deductions =
    [
        "S-DED-GENERAL-HIDDEN-5", "S-DED-GENERAL-HIDDEN-10", "S-DED-LEC-70", "S-DED-LEC-160", "S-DED-TRAINING-90", "S-DED-TRAINING-70",
        "S-DED-NO-DRILL", "S-DED-MAJOR-HAZARD", "S-BON-STD-2", "C-DED-ABNORMAL", "C-DED-PENALTY-12M", "C-DED-VIOLATION", "C-DED-TAX-C",
        "C-DED-PUBLIC-C", "C-BON-TAX-A",
    ];

    /// <summary>Enterprise <paramref name="index"/>'s standing in the first run, and in the second (the same object when it did not move).</summary>
    public static (ReportsStanding First, ReportsStanding Second) Of(ulong seed, long index)
    {
        var random = SeededRandom.Derive(seed, BaseStream, index);
        if (random.NextInt(20_000) == 0)
        {
            var error = new ReportsStanding(null, null, null, null, null, null, null, [], "指标 safety.lec_score 缺失：输入文件第 2 行无该企业");
            return (error, error);
        }

        var level = random.PickIndex(LevelWeights);
        var credit = random.PickIndex(ClassWeights);
        var regime = random.PickIndex(RegimeWeights);
        var deductions = new string[1 + random.NextInt(3)];
        for (var d = 0; d < deductions.Length; d++)
        {
            deductions[d] = Deductions[random.NextInt(Deductions.Length)];
        }

        var (safety, creditScore) = (Score(random, level), Score(random, credit));
        var first = Make(level, safety, credit, creditScore, regime, deductions);
        var move = SeededRandom.Derive(seed, MoveStream, index);
        if (!move.Bernoulli(MoverShare))
        {
            return (first, first);
        }

        var (newLevel, newClass) = (level, credit);
        while (Matrix[newLevel, newClass] == Matrix[level, credit])
        {
            (newLevel, newClass) = (move.PickIndex(LevelWeights), move.PickIndex(ClassWeights));
        }

        string[] moved = [.. deductions, Deductions[move.NextInt(Deductions.Length)]];
        return (first, Make(newLevel, Score(move, newLevel), newClass, Score(move, newClass), regime, moved));
    }

    private static double Score(SeededRandom random, int band) => Math.Round(LevelFloor[band] + (LevelWidth[band] * random.NextDouble()), 1);

    private static ReportsStanding Make(int level, double safety, int credit, double creditScore, int regime, string[] deductions)
    {
        var category = Matrix[level, credit];
        string[] fired = [LevelRows[level], ClassRows[credit], MatrixRows[level, credit], RatioRows[category], .. deductions.Distinct(StringComparer.Ordinal)];
        if (RegimeRules[regime] is { } rule)
        {
            fired = [.. fired, rule];
        }

        return new ReportsStanding(Categories[category], Ratios[category], Levels[level], safety, Classes[credit], creditScore, Regimes[regime], fired, null);
    }
}
