using Supervision.Model.Randomness;
namespace Supervision.Synthetic;

/// <summary>
/// Chinese company names: a place prefix, a brand of two or three characters and the industry's ending, e.g.
/// 营口恒盛化工有限公司. Brands come from a seeded permutation of the enterprise index, so names are unique for the
/// first 16,848 enterprises of a population.
/// </summary>
internal sealed class CompanyNames
{
    /// <summary>The prefix that enterprises registered in the free trade zone may use.</summary>
    public const string ZonePrefix = "中国（辽宁）自由贸易试验区营口片区";

    private static readonly string[] Heads =
    [
        "恒", "盛", "华", "鑫", "泰", "宏", "瑞", "隆", "嘉", "信", "达", "源", "通", "远", "海", "辰", "港", "祥",
        "丰", "益", "金", "诚", "德", "新", "天", "宇", "富", "安", "振", "兴", "万", "顺", "和", "永", "利", "博",
    ];

    private static readonly string[] Tails = ["", "达", "通", "源", "信", "丰", "泰", "盛", "利", "发", "顺", "和", "安"];

    private readonly AffinePermutation _brands;

    public CompanyNames(ulong seed)
        => _brands = new AffinePermutation(SeededRandom.Derive(seed, (ulong)RandomStream.Permutation, 3), Heads.Length * Heads.Length * Tails.Length);

    public string Create(long index, SeededRandom random, Industry industry, DateOnly registered)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(industry);
        var brand = _brands.Apply(index);
        var tail = Tails[brand % Tails.Length];
        brand /= Tails.Length;
        var name = Heads[brand / Heads.Length] + Heads[brand % Heads.Length] + tail;
        var prefix = registered >= Zone.Established && random.Bernoulli(0.12) ? ZonePrefix : random.Bernoulli(0.8) ? "营口" : "辽宁";
        return prefix + name + random.Pick(industry.NameSuffixes);
    }
}
