namespace Supervision.Rules.Tolerance;

/// <summary>A sector rows may exclude: by prefixes of the enterprise's industry code or of the violation code.</summary>
public sealed record SectorSpec(string Name, IReadOnlyList<string> Industries, IReadOnlyList<string> Violations)
{
    public bool Contains(string industryCode, string violationCode)
        => Industries.Any(p => industryCode.StartsWith(p, StringComparison.Ordinal))
            || Violations.Any(p => violationCode.StartsWith(p, StringComparison.Ordinal));
}
