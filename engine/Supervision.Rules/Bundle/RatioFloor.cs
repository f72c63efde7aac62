namespace Supervision.Rules.Bundle;

/// <summary>
/// The lowest random-inspection ratio a category may have (bundle.yaml <c>ratio_floor</c>): 3 % by default, the floor of
/// 工商总局令第67号 / 市场监管总局令第101号 for the draw of 企业公示信息. A category of the ratio table below it is a warning
/// (SV088) unless the bundle exempts it with a reason (a local scheme such as Henan's 1 % for its lowest-risk class),
/// so that going below the floor is a decision written down, never a typing error.
/// </summary>
/// <param name="Minimum">The floor, a ratio from 0 to 1.</param>
/// <param name="Basis">Its legal basis, for the warning.</param>
/// <param name="Exemptions">Category → why it may be drawn below the floor.</param>
public sealed record RatioFloor(double Minimum, string Basis, IReadOnlyDictionary<string, string> Exemptions)
{
    public const string DefaultBasis = "工商总局令第67号（市场监管总局令第101号修订）：随机抽取的比例不低于3%";

    public static RatioFloor Default { get; } = new(0.03, DefaultBasis, new Dictionary<string, string>(StringComparer.Ordinal));
}
