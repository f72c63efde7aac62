namespace Supervision.Data.Results;

/// <summary>
/// The national platform's standard result categories of a random check (抽查检查结果), published with the results: one
/// per inspection. Declared once here; the results file's <c>outcome</c> column, the web form and
/// <c>inspection_results.outcome</c> (migration 0012) use these codes.
/// </summary>
/// <remarks>
/// Wording as county bureaus' reports and provincial work rules use it (2017–2024; provinces vary slightly): see
/// /work/shared/reference/domain.md §8. "Cannot be reached" and "information not published" lead to the abnormal-operation
/// list (《企业经营异常名录管理暂行办法》第四条), which is why they are distinct categories and not findings.
/// </remarks>
/// <param name="Code">The code files and the database hold.</param>
/// <param name="Words">The category as the platform words it.</param>
/// <param name="Findings">Whether findings go with it.</param>
public sealed record ResultCategory(string Code, string Words, CategoryFindings Findings)
{
    /// <summary>
    /// For a category that by itself puts the enterprise on the abnormal-operation list (列入经营异常名录), the legal basis
    /// the listing cites; null otherwise. "Information not published" is not among them: it is first ordered to publish
    /// within a period (责令限期公示), and only a failure to do so lists it (第四条第（二）项), which a result cannot say.
    /// </summary>
    public string? AbnormalListBasis { get; init; }

    public static ResultCategory NoProblem { get; } = new("no_problem", "未发现问题", CategoryFindings.None);

    public static ResultCategory NotPublished { get; } = new("not_published", "未按规定公示应当公示的信息", CategoryFindings.Optional);

    public static ResultCategory FalseInformation { get; } = new("false_information", "公示信息隐瞒真实情况、弄虚作假", CategoryFindings.Optional)
    {
        AbnormalListBasis = "《企业经营异常名录管理暂行办法》第四条第（三）项：公示企业信息隐瞒真实情况、弄虚作假的，列入经营异常名录",
    };

    public static ResultCategory Unreachable { get; } = new("unreachable", "通过登记的住所（经营场所）无法联系", CategoryFindings.None)
    {
        AbnormalListBasis = "《企业经营异常名录管理暂行办法》第四条第（四）项：通过登记的住所或者经营场所无法联系的，列入经营异常名录",
    };

    public static ResultCategory NoActivity { get; } = new("no_activity", "未发现开展本次抽查涉及的经营活动", CategoryFindings.None);

    public static ResultCategory Refused { get; } = new("refused", "不配合检查情节严重", CategoryFindings.Optional);

    public static ResultCategory CorrectionOrdered { get; } = new("correction_ordered", "发现问题已责令改正", CategoryFindings.Required);

    public static ResultCategory FurtherHandling { get; } = new("further_handling", "发现问题待后续处理", CategoryFindings.Required);

    /// <summary>Every category, in the order forms and notices list them.</summary>
    public static IReadOnlyList<ResultCategory> All { get; } =
        [NoProblem, NotPublished, FalseInformation, Unreachable, NoActivity, Refused, CorrectionOrdered, FurtherHandling];

    /// <summary>The category with code <paramref name="code"/> (ignoring case), or null.</summary>
    public static ResultCategory? Find(string? code)
        => All.FirstOrDefault(c => string.Equals(c.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));
}
