namespace Supervision.Rules.Diagnostics;

/// <summary>Collects diagnostics while a bundle is loaded and compiled; not thread-safe.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Exists(d => d.Severity == DiagnosticSeverity.Error);

    public void Error(string code, string message, SourceLocation location)
        => _items.Add(new Diagnostic(DiagnosticSeverity.Error, code, message, location));

    public void Warning(string code, string message, SourceLocation location)
        => _items.Add(new Diagnostic(DiagnosticSeverity.Warning, code, message, location));

    public IReadOnlyList<Diagnostic> Sorted()
        => [.. _items.OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column)];
}
