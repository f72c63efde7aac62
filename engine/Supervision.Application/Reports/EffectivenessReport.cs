using Supervision.Draws.Drawing;
using Supervision.Draws.Plans;
using Supervision.Storage.Reports;

namespace Supervision.Application.Reports;

/// <summary>
/// Does targeting find more (以评促改)? Over the draws of a period: the problem rate found per pool and per category once
/// results are confirmed, the targeted pools (drawn by their category's ratio) against the verification sample (the
/// lowest category drawn at random to check the classification) with the difference's interval, and how well the rule
/// standing and, where a model is in use, the learned risk rank the inspections that found a problem.
/// </summary>
/// <param name="ByPool">Per pool, in draw order (regimes, triggered, categories, verification).</param>
/// <param name="ByCategory">Per category of the enterprise when drawn.</param>
/// <param name="Targeted">Problems found in the category pools together.</param>
/// <param name="Verification">Problems found in the verification sample.</param>
/// <param name="Category">Ranking by category (highest-risk category highest).</param>
/// <param name="Safety">Ranking by safety score (lower score riskier).</param>
/// <param name="Credit">Ranking by credit score (lower score riskier).</param>
/// <param name="Learned">Ranking by the learned violation risk, for the inspected enterprises the model scored; null without a model.</param>
/// <param name="LearnedCovered">Inspected tasks whose enterprise has a learned risk.</param>
public sealed record EffectivenessReport(
    IReadOnlyList<OutcomeRow> ByPool,
    IReadOnlyList<OutcomeRow> ByCategory,
    Proportion Targeted,
    Proportion Verification,
    RankingQuality Category,
    RankingQuality Safety,
    RankingQuality Credit,
    RankingQuality? Learned,
    long LearnedCovered)
{
    /// <summary>Targeted minus verification rate with its 95 % interval (Newcombe), null when either has no result.</summary>
    public (double Difference, double Low, double High)? TargetedOverVerification => Targeted.Minus(Verification);

    public static EffectivenessReport From(
        IReadOnlyList<DrawActivity> activity, IReadOnlyList<InspectedTask> inspected, ReportVocabulary vocabulary, IReadOnlyDictionary<string, double>? learned)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(inspected);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var categories = vocabulary.Categories;
        var pools = Group(activity, a => a.Pool, PoolOrder(activity.Select(a => a.Pool), vocabulary));
        var byCategory = Group(activity, a => a.Category, ReportVocabulary.Order(activity.Select(a => a.Category), categories));
        var targeted = pools.Where(p => categories.Contains(p.Group)).Aggregate(new Proportion(0, 0), (sum, p) => sum + p.Problems);
        var verification = pools.FirstOrDefault(p => p.Group == Pools.Verification)?.Problems ?? new Proportion(0, 0);

        var outcomes = inspected.Select(t => t.ProblemFound).ToList();
        var categoryScores = inspected.Select(t => categories.Contains(t.Category) ? categories.Count - IndexOf(categories, t.Category) : 0.0).ToList();
        var safety = Ranked(inspected, t => t.SafetyScore is { } s ? -s : null);
        var credit = Ranked(inspected, t => t.CreditScore is { } s ? -s : null);
        RankingQuality? learnedQuality = null;
        long covered = 0;
        if (learned is { Count: > 0 })
        {
            var scored = inspected.Where(t => learned.ContainsKey(t.Uscc)).ToList();
            covered = scored.Count;
            learnedQuality = RankingQuality.Of([.. scored.Select(t => learned[t.Uscc])], [.. scored.Select(t => t.ProblemFound)]);
        }

        return new EffectivenessReport(pools, byCategory, targeted, verification, RankingQuality.Of(categoryScores, outcomes), safety, credit,
            learnedQuality, covered);
    }

    private static RankingQuality Ranked(IReadOnlyList<InspectedTask> inspected, Func<InspectedTask, double?> score)
    {
        var scored = inspected.Where(t => score(t) is not null).ToList();
        return RankingQuality.Of([.. scored.Select(t => score(t)!.Value)], [.. scored.Select(t => t.ProblemFound)]);
    }

    private static List<OutcomeRow> Group(IReadOnlyList<DrawActivity> activity, Func<DrawActivity, string> key, IReadOnlyList<string> order)
        => [.. order.Select(name => activity.Where(a => key(a) == name).ToList()).Where(list => list.Count > 0)
            .Select(list => new OutcomeRow(key(list[0]), list.Sum(a => a.Drawn), list.Sum(a => a.Inspected), new Proportion(list.Sum(a => a.Problems), list.Sum(a => a.Inspected))))];

    /// <summary>
    /// Pools as the draw draws them: always-drawn regimes, triggered, the categories, the verification sample, then the
    /// approval-verification plans' own.
    /// </summary>
    private static IReadOnlyList<string> PoolOrder(IEnumerable<string> pools, ReportVocabulary vocabulary)
    {
        string[] known =
        [
            .. vocabulary.Regimes, Pools.Triggered, .. vocabulary.Categories, Pools.VerificationOnly, Pools.Verification,
            ApprovalVerification.SamplePool, ApprovalVerification.FullPool,
        ];
        return ReportVocabulary.Order(pools, known);
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return -1;
    }
}
