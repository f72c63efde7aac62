namespace Supervision.Rules.Diagnostics;

/// <summary>A position in a bundle file; line and column are 1-based, 0 when unknown.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation FileOnly(string file) => new(file, 0, 0);

    public SourceLocation Offset(int columns) => this with { Column = Column + columns };

    public override string ToString()
        => Line == 0 ? File : Column == 0 ? $"{File}:{Line}" : $"{File}:{Line}:{Column}";
}
