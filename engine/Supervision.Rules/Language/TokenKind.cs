namespace Supervision.Rules.Language;

public enum TokenKind
{
    Number,
    String,
    Identifier,
    Operator,
    End,
}
