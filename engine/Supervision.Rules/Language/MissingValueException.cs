namespace Supervision.Rules.Language;

/// <summary>
/// A condition read a value the enterprise does not have and the schema gives no default for. The rule is not
/// "false": the enterprise's assessment fails with this reason so that the data gap is fixed.
/// </summary>
public sealed class MissingValueException : Exception
{
    public MissingValueException(string name)
        : base($"indicator '{name}' has no value and no default")
        => Name = name;

    public MissingValueException()
        : base("an indicator has no value and no default")
        => Name = "";

    public MissingValueException(string message, Exception innerException)
        : base(message, innerException)
        => Name = "";

    public string Name { get; }
}
