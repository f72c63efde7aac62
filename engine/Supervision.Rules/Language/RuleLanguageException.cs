namespace Supervision.Rules.Language;

/// <summary>A syntax or type error in a condition, at a 0-based offset of its text.</summary>
public sealed class RuleLanguageException : Exception
{
    public RuleLanguageException(string message, int offset)
        : base(message)
        => Offset = offset;

    public RuleLanguageException()
    {
    }

    public RuleLanguageException(string message)
        : base(message)
    {
    }

    public RuleLanguageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Offset { get; }
}
