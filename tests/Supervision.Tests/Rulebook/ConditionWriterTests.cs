using Supervision.Rules.Rulebook;
using Supervision.Tests.Support;

namespace Supervision.Tests.Rulebook;

public sealed class ConditionWriterTests
{
    private static readonly ConditionWriter Writer = new(ShippedBundle.Bundle.Catalog);

    [Theory]
    [InlineData("major_hazard_sources >= 1", "构成重大危险源的数量 ≥ 1")]
    [InlineData("blacklisted and not abnormal_listed", "在严重违法失信名单中 且 非 在经营异常名录中")]
    [InlineData("not (blacklisted or abnormal_listed)", "非（在严重违法失信名单中 或 在经营异常名录中）")]
    [InlineData("(blacklisted or abnormal_listed) and penalties_12m != 0", "（在严重违法失信名单中 或 在经营异常名录中） 且 近12个月受到行政处罚次数 ≠ 0")]
    [InlineData("tax_grade not in [\"C\", \"D\"]", "最近一次纳税信用等级 不为 C、D 中的任何一个")]
    [InlineData("status == \"dormant\"", "经营状态（存续/歇业/吊销/注销） 为 dormant")]
    [InlineData("months_since(registration_date) < 24", "成立日期至评估日的整月数 < 24")]
    [InlineData("starts_with(industry_code, \"C26\")", "国民经济行业分类代码（GB/T 4754）以“C26”开头")]
    [InlineData("(penalties_12m + penalties_36m) * 2 > 5", "（近12个月受到行政处罚次数 + 近36个月受到行政处罚次数） × 2 > 5")]
    public void Write_Condition_ReadsInPlainWords(string condition, string expected)
    {
        Assert.Equal(expected, Writer.Write(condition));
    }

    [Fact]
    public void Write_UnparsableCondition_IsShownAsWritten()
    {
        Assert.Equal("blacklisted and", Writer.Write("blacklisted and"));
    }
}
