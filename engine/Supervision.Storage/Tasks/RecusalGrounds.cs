namespace Supervision.Storage.Tasks;

/// <summary>
/// The grounds on which an inspector declares a conflict of interest (回避情形), declared once: the codes stored in
/// <c>task_recusals.ground</c> and the words the pages show. Basis: 《中华人民共和国行政处罚法》第四十三条 (an officer with a
/// direct interest in the matter, or another relationship that may affect impartial enforcement, must withdraw).
/// </summary>
public static class RecusalGrounds
{
    /// <summary>The legal basis of a recusal, as pages and the audit log cite it.</summary>
    public const string Basis = "《中华人民共和国行政处罚法》第四十三条";

    /// <summary>Every ground: code and Chinese text, in the order a form lists them.</summary>
    public static IReadOnlyList<(string Code, string Text)> All { get; } =
    [
        ("interest", "与检查对象有直接利害关系"),
        ("relative", "与检查对象负责人有近亲属关系"),
        ("employment", "曾在检查对象任职或为其服务"),
        ("other", "其他可能影响公正检查的关系"),
    ];

    /// <summary>True for one of the codes of <see cref="All"/>.</summary>
    public static bool IsKnown(string? code) => code is not null && All.Any(g => g.Code == code);

    /// <summary>The ground's Chinese text (the code itself when unknown).</summary>
    public static string Text(string code) => All.FirstOrDefault(g => g.Code == code).Text ?? code;
}
