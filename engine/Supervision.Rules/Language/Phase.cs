namespace Supervision.Rules.Language;

/// <summary>
/// The fixed order in which a bundle is evaluated. Each phase may read indicators and whatever earlier phases
/// produced; reading a later phase's output is a compile error.
/// </summary>
public static class Phase
{
    /// <summary>Indicators: available to every phase.</summary>
    public const int Indicators = 0;

    /// <summary>Safety and credit rules: points and direct grades.</summary>
    public const int Evaluation = 1;

    /// <summary>Grading tables: safety_score → safety_level, credit_score → credit_class.</summary>
    public const int Grading = 2;

    /// <summary>The dual-evaluation matrix: safety_level × credit_class → category.</summary>
    public const int Matrix = 3;

    /// <summary>Regime rules: blacklist, dormant, observation, trigger-only.</summary>
    public const int Regime = 4;

    /// <summary>Ratio table: category (and regime) → ratio, minimum count, exemption.</summary>
    public const int Ratio = 5;

    public const int Count = 6;

    /// <summary>
    /// List rules: the lifecycle of each listing, decided on a listing's own fact before the enterprise's indicators are
    /// built (their outcome feeds <c>blacklisted</c>, <c>abnormal_listed</c>, …). Outside the enterprise's phases above.
    /// </summary>
    public const int Lists = Count;

    /// <summary>
    /// Alert rules: an enterprise's night compared with its previous assessment, decided on a fact of their own after the
    /// enterprise is assessed (their alerts become case leads for enterprises drawn only when triggered).
    /// </summary>
    public const int Alerts = Count + 1;

    public static string Name(int phase) => phase switch
    {
        Indicators => "indicators",
        Evaluation => "safety and credit rules",
        Grading => "grading tables",
        Matrix => "the matrix",
        Regime => "regime rules",
        Ratio => "the ratio table",
        _ => phase.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
