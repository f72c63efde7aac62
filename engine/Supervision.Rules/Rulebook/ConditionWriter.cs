using System.Globalization;
using Supervision.Rules.Language;

namespace Supervision.Rules.Rulebook;

/// <summary>
/// Renders a parsed condition in plain Chinese by walking its syntax tree: indicator names become their
/// descriptions, <c>and</c>/<c>or</c>/<c>not</c> become 且/或/非, comparisons keep their mathematical signs;
/// e.g. <c>major_hazard_sources >= 1</c> reads 构成重大危险源的数量 ≥ 1.
/// </summary>
internal sealed class ConditionWriter(VariableCatalog catalog)
{
    private const int Or = 1, And = 2, Not = 3, Comparison = 4, Sum = 5, Product = 6, Unary = 7, Primary = 8;

    /// <summary>The condition in words, or the text as written if it does not parse (the check reports that).</summary>
    public string Write(string condition)
    {
        try
        {
            return Write(Parser.Parse(condition), 0);
        }
        catch (RuleLanguageException)
        {
            return condition;
        }
    }

    public string Name(string name)
        => catalog.Find(name) is { Description.Length: > 0 } variable ? variable.Description : name;

    public static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private string Write(Node node, int context)
    {
        var (text, precedence) = node switch
        {
            LiteralNode literal => (Literal(literal.Value), Primary),
            NameNode name => (Name(name.Name), Primary),
            CallNode call => (Call(call), Primary),
            UnaryNode { Operator: "not" } u => ($"非{Spaced(Write(u.Operand, Not + 1))}", Not),
            UnaryNode u => ($"−{Write(u.Operand, Unary)}", Unary),
            BinaryNode { Operator: "or" } b => ($"{Write(b.Left, Or)} 或 {Write(b.Right, Or)}", Or),
            BinaryNode { Operator: "and" } b => ($"{Write(b.Left, And)} 且 {Write(b.Right, And)}", And),
            BinaryNode { Operator: "+" or "-" } b => ($"{Write(b.Left, Sum)} {Sign(b.Operator)} {Write(b.Right, Sum + 1)}", Sum),
            BinaryNode { Operator: "*" or "/" } b => ($"{Write(b.Left, Product)} {Sign(b.Operator)} {Write(b.Right, Product + 1)}", Product),
            BinaryNode b => (Compare(b), Comparison),
            InNode i => (In(i), Comparison),
            _ => (node.ToString() ?? "", Primary),
        };
        return precedence < context ? $"（{text}）" : text;
    }

    private string Compare(BinaryNode node)
    {
        var words = node.Left is LiteralNode { Value: string or bool } || node.Right is LiteralNode { Value: string or bool };
        var op = (node.Operator, words) switch
        {
            ("==", true) => "为",
            ("!=", true) => "不为",
            _ => Sign(node.Operator),
        };
        return $"{Write(node.Left, Sum)} {op} {Write(node.Right, Sum)}";
    }

    private string In(InNode node)
    {
        var operand = Write(node.Operand, Sum);
        var values = string.Join("、", node.Values.Select(v => Literal(v.Value)));
        return (node.Negated, node.Values.Count) switch
        {
            (false, 1) => $"{operand} 为 {values}",
            (true, 1) => $"{operand} 不为 {values}",
            (false, _) => $"{operand} 为 {values} 之一",
            _ => $"{operand} 不为 {values} 中的任何一个",
        };
    }

    private string Call(CallNode call)
    {
        var args = call.Arguments.Select(a => Write(a, Sum)).ToList();
        return (call.Function, args.Count) switch
        {
            ("months_since", 1) => $"{args[0]}至评估日的整月数",
            ("days_since", 1) => $"{args[0]}至评估日的天数",
            ("years_since", 1) => $"{args[0]}至评估日的整年数",
            ("is_missing", 1) => $"{args[0]}缺失（无数据且无缺省值）",
            ("min", 2) => $"{args[0]}与{args[1]}中的较小者",
            ("max", 2) => $"{args[0]}与{args[1]}中的较大者",
            ("abs", 1) => $"{args[0]}的绝对值",
            ("starts_with", 2) => $"{args[0]}以“{Strip(args[1])}”开头",
            ("date", 1) => Strip(args[0]),
            _ => $"{call.Function}({string.Join(", ", args)})",
        };
    }

    private static string Literal(object value) => value switch
    {
        double d => Number(d),
        bool b => b ? "是" : "否",
        _ => value.ToString() ?? "",
    };

    private static string Sign(string op) => op switch
    {
        "==" => "=",
        "!=" => "≠",
        "<=" => "≤",
        ">=" => "≥",
        "*" => "×",
        "/" => "÷",
        "-" => "−",
        _ => op,
    };

    private static string Spaced(string text) => text.StartsWith('（') ? text : " " + text;

    private static string Strip(string text) => text.Trim('"', '\'');
}
