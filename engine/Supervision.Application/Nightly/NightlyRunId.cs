namespace Supervision.Application.Nightly;

/// <summary>Run ids: the as-of date and the first 12 hex digits of the bundle hash, e.g. <c>2026-11-27-3f2a9c01b7de</c>.</summary>
/// <remarks>Deterministic, so that starting the same night twice under the same bundle resumes or finds the same run.</remarks>
public static class NightlyRunId
{
    public static string For(DateOnly asOf, string bundleHash)
    {
        ArgumentException.ThrowIfNullOrEmpty(bundleHash);
        ArgumentOutOfRangeException.ThrowIfLessThan(bundleHash.Length, 12, nameof(bundleHash));
        return $"{asOf:yyyy-MM-dd}-{bundleHash[..12]}";
    }
}
