namespace Supervision.Rules.Language;

/// <summary>Static types of the rule language.</summary>
public enum VariableType
{
    Number,
    Boolean,
    Date,
    Text,
}
