using Supervision.Rules.Language;

namespace Supervision.Rules.Explanation;

/// <summary>
/// Where each node of a parsed condition starts and ends in its text. Nodes keep only the offset of their operator
/// or first token, so the span is rebuilt from the tokens: from the node's first token to its last, widened over
/// any parenthesis it leaves unbalanced.
/// </summary>
internal sealed class ConditionSpans
{
    private readonly string _text;
    private readonly IReadOnlyList<Token> _tokens;
    private readonly Dictionary<int, int> _indexByOffset = [];

    public ConditionSpans(string text)
    {
        _text = text;
        _tokens = Lexer.Tokenize(text);
        for (var i = 0; i < _tokens.Count; i++)
        {
            _indexByOffset[_tokens[i].Offset] = i;
        }
    }

    /// <summary>0-based offset of the node's first character in the condition.</summary>
    public int Start(Node node) => _tokens[Range(node).First].Offset;

    /// <summary>The node's text as written, without the parentheses around it.</summary>
    public string Text(Node node)
    {
        var (first, last) = Range(node);
        return _text[_tokens[first].Offset..End(_tokens[last])];
    }

    private (int First, int Last) Range(Node node)
    {
        var (first, last) = Raw(node);
        var depth = 0;
        var lowest = 0;
        for (var i = first; i <= last; i++)
        {
            depth += Depth(_tokens[i]);
            lowest = Math.Min(lowest, depth);
        }

        for (var open = -lowest; open > 0 && first > 0;)
        {
            open -= Depth(_tokens[--first]) > 0 ? 1 : 0;
        }

        for (var close = depth - lowest; close > 0 && last < _tokens.Count - 2;)
        {
            close -= Depth(_tokens[++last]) < 0 ? 1 : 0;
        }

        return (first, last);
    }

    private (int First, int Last) Raw(Node node) => node switch
    {
        LiteralNode literal => (Index(literal.Offset), LiteralEnd(Index(literal.Offset))),
        CallNode call => (Index(call.Offset), Matching(Index(call.Offset) + 1)),
        UnaryNode unary => (Index(unary.Offset), Raw(unary.Operand).Last),
        BinaryNode binary => (Raw(binary.Left).First, Raw(binary.Right).Last),
        InNode list => (Raw(list.Operand).First, Matching(Index(list.Offset) + (list.Negated ? 2 : 1))),
        _ => (Index(node.Offset), Index(node.Offset)),
    };

    private int Index(int offset) => _indexByOffset[offset];

    // A negative number literal starts at its '-' (the parser folds it into the literal).
    private int LiteralEnd(int index)
    {
        while (_tokens[index].Kind == TokenKind.Operator && index < _tokens.Count - 1)
        {
            index++;
        }

        return index;
    }

    private int Matching(int open)
    {
        var depth = 0;
        for (var i = open; i < _tokens.Count; i++)
        {
            depth += Depth(_tokens[i]);
            if (depth == 0)
            {
                return i;
            }
        }

        return _tokens.Count - 2;
    }

    private static int Depth(Token token) => token.Kind != TokenKind.Operator ? 0 : token.Text switch
    {
        "(" or "[" => 1,
        ")" or "]" => -1,
        _ => 0,
    };

    private static int End(Token token) => token.Offset + token.Text.Length + (token.Kind == TokenKind.String ? 2 : 0);
}
