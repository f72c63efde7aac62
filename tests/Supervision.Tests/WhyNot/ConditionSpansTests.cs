using Supervision.Rules.Explanation;
using Supervision.Rules.Language;

namespace Supervision.Tests.WhyNot;

/// <summary>Each node of a parsed condition maps back to its text and start offset.</summary>
public sealed class ConditionSpansTests
{
    [Theory]
    [InlineData("a >= 1 and b < 2", "a >= 1", 0, "b < 2", 11)]
    [InlineData("(a or b) and c", "a or b", 1, "c", 13)]
    [InlineData("((a)) and not (b or c)", "a", 2, "not (b or c)", 10)]
    [InlineData("months_since(d) < 24 and x in [\"A\", 'B']", "months_since(d) < 24", 0, "x in [\"A\", 'B']", 25)]
    [InlineData("x not in (\"A\") or -3 > y", "x not in (\"A\")", 0, "-3 > y", 18)]
    [InlineData("starts_with(c, \"C26\") and max(a, b) - -1 >= 2", "starts_with(c, \"C26\")", 0, "max(a, b) - -1 >= 2", 26)]
    public void Spans_OfTheTwoOperands_AreTheirTextAndOffset(string condition, string left, int leftStart, string right, int rightStart)
    {
        var spans = new ConditionSpans(condition);
        var root = (BinaryNode)Parser.Parse(condition);

        Assert.Equal(condition, spans.Text(root));
        Assert.Equal(0, spans.Start(root));
        Assert.Equal(left, spans.Text(root.Left));
        Assert.Equal(leftStart, spans.Start(root.Left));
        Assert.Equal(right, spans.Text(root.Right));
        Assert.Equal(rightStart, spans.Start(root.Right));
    }

    [Fact]
    public void Spans_InsideParentheses_ExcludeThem()
    {
        const string Condition = "not (a > -2.5 or (b))";
        var spans = new ConditionSpans(Condition);
        var not = (UnaryNode)Parser.Parse(Condition);
        var or = (BinaryNode)not.Operand;

        Assert.Equal(Condition, spans.Text(not));
        Assert.Equal("a > -2.5 or (b)", spans.Text(or));
        Assert.Equal("a > -2.5", spans.Text(or.Left));
        Assert.Equal("-2.5", spans.Text(((BinaryNode)or.Left).Right));
        Assert.Equal("b", spans.Text(or.Right));
        Assert.Equal(18, spans.Start(or.Right));
    }
}
