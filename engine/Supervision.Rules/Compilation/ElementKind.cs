namespace Supervision.Rules.Compilation;

public enum ElementKind
{
    Rule,
    TableRow,
}
