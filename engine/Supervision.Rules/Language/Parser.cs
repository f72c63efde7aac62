using System.Globalization;

namespace Supervision.Rules.Language;

/// <summary>
/// Recursive-descent parser of the condition language:
/// or → and ('or' and)*; and → not ('and' not)*; not → 'not' not | comparison;
/// comparison → sum (op sum | ['not'] 'in' list)?; sum → product (('+'|'-') product)*;
/// product → unary (('*'|'/') unary)*; unary → '-' unary | primary;
/// primary → number | text | true | false | name | function '(' args ')' | '(' or ')'.
/// </summary>
public sealed class Parser
{
    public const int MaxDepth = 32;

    private static readonly string[] Comparisons = ["==", "!=", "<", "<=", ">", ">="];

    private readonly IReadOnlyList<Token> _tokens;
    private int _position;
    private int _depth;

    private Parser(IReadOnlyList<Token> tokens) => _tokens = tokens;

    public static Node Parse(string text)
    {
        var parser = new Parser(Lexer.Tokenize(text));
        var node = parser.Or();
        if (parser.Current.Kind != TokenKind.End)
        {
            throw new RuleLanguageException($"unexpected '{parser.Current.Text}' after a complete condition", parser.Current.Offset);
        }

        return node;
    }

    private Token Current => _tokens[_position];

    private bool IsWord(string word) => Current.Kind == TokenKind.Identifier && Current.Text == word;

    private bool IsOperator(string op) => Current.Kind == TokenKind.Operator && Current.Text == op;

    private Token Take() => _tokens[_position++];

    private void Expect(string op, string what)
    {
        if (!IsOperator(op))
        {
            throw new RuleLanguageException($"expected '{op}' {what}, found {Describe(Current)}", Current.Offset);
        }

        _position++;
    }

    private Node Or()
    {
        Enter();
        var left = And();
        while (IsWord("or"))
        {
            var op = Take();
            left = new BinaryNode("or", left, And(), op.Offset);
        }

        _depth--;
        return left;
    }

    private Node And()
    {
        var left = Not();
        while (IsWord("and"))
        {
            var op = Take();
            left = new BinaryNode("and", left, Not(), op.Offset);
        }

        return left;
    }

    private Node Not()
    {
        if (IsWord("not"))
        {
            var op = Take();
            Enter();
            var operand = Not();
            _depth--;
            return new UnaryNode("not", operand, op.Offset);
        }

        return Comparison();
    }

    private Node Comparison()
    {
        var left = Sum();
        if (Current.Kind == TokenKind.Operator && Comparisons.Contains(Current.Text))
        {
            var op = Take();
            return new BinaryNode(op.Text, left, Sum(), op.Offset);
        }

        if (IsWord("in") || (IsWord("not") && _tokens[_position + 1] is { Kind: TokenKind.Identifier, Text: "in" }))
        {
            var start = Current.Offset;
            var negated = IsWord("not");
            _position += negated ? 2 : 1;
            return new InNode(left, List(), negated, start);
        }

        return left;
    }

    private List<LiteralNode> List()
    {
        var close = IsOperator("(") ? ")" : "]";
        Expect(close == ")" ? "(" : "[", "to start the list of values");
        var values = new List<LiteralNode>();
        do
        {
            if (Primary() is not LiteralNode literal)
            {
                throw new RuleLanguageException("lists may only hold values such as \"A\" or 3", _tokens[_position - 1].Offset);
            }

            values.Add(literal);
        }
        while (IsOperator(",") && Take() is not null);

        Expect(close, "to close the list of values");
        return values;
    }

    private Node Sum()
    {
        var left = Product();
        while (IsOperator("+") || IsOperator("-"))
        {
            var op = Take();
            left = new BinaryNode(op.Text, left, Product(), op.Offset);
        }

        return left;
    }

    private Node Product()
    {
        var left = Unary();
        while (IsOperator("*") || IsOperator("/"))
        {
            var op = Take();
            left = new BinaryNode(op.Text, left, Unary(), op.Offset);
        }

        return left;
    }

    private Node Unary()
    {
        if (IsOperator("-"))
        {
            var op = Take();
            Enter();
            var operand = Unary();
            _depth--;
            return operand is LiteralNode { Value: double d } ? new LiteralNode(-d, op.Offset) : new UnaryNode("-", operand, op.Offset);
        }

        return Primary();
    }

    private Node Primary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                _position++;
                return new LiteralNode(double.Parse(token.Text, CultureInfo.InvariantCulture), token.Offset);
            case TokenKind.String:
                _position++;
                return new LiteralNode(token.Text, token.Offset);
            case TokenKind.Identifier when token.Text is "true" or "false":
                _position++;
                return new LiteralNode(token.Text == "true", token.Offset);
            case TokenKind.Identifier when token.Text is "and" or "or" or "in" or "not":
                throw new RuleLanguageException($"'{token.Text}' needs a value before it", token.Offset);
            case TokenKind.Identifier:
                _position++;
                return IsOperator("(") ? Call(token) : new NameNode(token.Text, token.Offset);
            case TokenKind.Operator when token.Text == "(":
                _position++;
                var inner = Or();
                Expect(")", "to close '('");
                return inner;
            default:
                throw new RuleLanguageException($"expected a value, found {Describe(token)}", token.Offset);
        }
    }

    private CallNode Call(Token name)
    {
        Enter();
        Expect("(", "after the function name");
        var arguments = new List<Node>();
        if (!IsOperator(")"))
        {
            do
            {
                arguments.Add(Or());
            }
            while (IsOperator(",") && Take() is not null);
        }

        Expect(")", $"to close the call of {name.Text}");
        _depth--;
        return new CallNode(name.Text, arguments, name.Offset);
    }

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw new RuleLanguageException($"the condition is nested more than {MaxDepth} levels deep; split it into simpler rules", Current.Offset);
        }
    }

    private static string Describe(Token token)
        => token.Kind == TokenKind.End ? "the end of the condition" : $"'{token.Text}'";
}
