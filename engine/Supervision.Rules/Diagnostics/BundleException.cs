namespace Supervision.Rules.Diagnostics;

/// <summary>Thrown when a bundle with errors is about to be used; carries every diagnostic.</summary>
public sealed class BundleException : Exception
{
    public BundleException(IReadOnlyList<Diagnostic> diagnostics)
        : base(Describe(diagnostics))
        => Diagnostics = diagnostics;

    public BundleException()
        : this([])
    {
    }

    public BundleException(string message)
        : base(message)
        => Diagnostics = [];

    public BundleException(string message, Exception innerException)
        : base(message, innerException)
        => Diagnostics = [];

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    private static string Describe(IReadOnlyList<Diagnostic> diagnostics)
        => diagnostics.Count == 0
            ? "The rule bundle is invalid."
            : "The rule bundle has errors:" + Environment.NewLine + string.Join(Environment.NewLine, diagnostics);
}
