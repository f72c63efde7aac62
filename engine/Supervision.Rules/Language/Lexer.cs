using System.Globalization;

namespace Supervision.Rules.Language;

/// <summary>Splits a condition into tokens. Anything outside the language is rejected at its position.</summary>
public static class Lexer
{
    public const int MaxLength = 2000;

    private static readonly string[] Keywords = ["and", "or", "not", "in", "true", "false"];
    private static readonly string[] TwoCharOperators = ["==", "!=", "<=", ">="];
    private const string OneCharOperators = "<>+-*/()[],";

    public static bool IsReserved(string name) => Keywords.Contains(name) || Functions.IsFunction(name);

    public static IReadOnlyList<Token> Tokenize(string text)
    {
        if (text.Length > MaxLength)
        {
            throw new RuleLanguageException($"the condition is {text.Length} characters long; the limit is {MaxLength}", MaxLength);
        }

        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
                {
                    i++;
                }

                var number = text[start..i];
                if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
                {
                    throw new RuleLanguageException($"'{number}' is not a number", start);
                }

                tokens.Add(new Token(TokenKind.Number, number, start));
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Identifier, text[start..i], start));
            }
            else if (c is '"' or '\'')
            {
                var start = i++;
                while (i < text.Length && text[i] != c)
                {
                    i++;
                }

                if (i >= text.Length)
                {
                    throw new RuleLanguageException("text value is not closed: add the closing quote", start);
                }

                tokens.Add(new Token(TokenKind.String, text[(start + 1)..i], start));
                i++;
            }
            else if (i + 1 < text.Length && TwoCharOperators.Contains(text.Substring(i, 2)))
            {
                tokens.Add(new Token(TokenKind.Operator, text.Substring(i, 2), i));
                i += 2;
            }
            else if (OneCharOperators.Contains(c, StringComparison.Ordinal))
            {
                tokens.Add(new Token(TokenKind.Operator, c.ToString(), i));
                i++;
            }
            else
            {
                throw new RuleLanguageException(Unexpected(c), i);
            }
        }

        tokens.Add(new Token(TokenKind.End, "", text.Length));
        return tokens;
    }

    private static string Unexpected(char c) => c switch
    {
        '.' => "'.' is not part of the rule language: member access and namespaces (such as System.IO.File.Delete or the system clock) are not allowed; use indicators and the listed functions",
        '=' => "use == to compare",
        '&' or '|' or '!' => "use the words and, or, not",
        _ => $"character '{c}' is not part of the rule language",
    };
}
