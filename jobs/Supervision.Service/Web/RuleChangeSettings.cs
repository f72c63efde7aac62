using Supervision.Application.Bundles;

namespace Supervision.Service;

/// <summary>
/// Where the regulators' change requests publish and what their what-if compares: the publication store the nights read
/// (<c>Supervision:Rules</c> when it names a store; null when it names a plain bundle directory, which nothing publishes
/// into), the bundle in force and the data directory.
/// </summary>
/// <param name="Rules">Supervision:Rules as configured.</param>
/// <param name="Data">Supervision:Data, the population the what-if scores.</param>
/// <param name="Calendar">Supervision:Calendar when configured; null for the bundle in force's.</param>
public sealed record RuleChangeSettings(string Rules, string Data, string? Calendar = null)
{
    /// <summary>The publication store, or null when the service reads a bundle directory.</summary>
    public string? Store => File.Exists(Path.Combine(Rules, BundlePublisher.CurrentFile)) ? Rules : null;

    /// <summary>The bundle directory in force.</summary>
    public string InForce => BundlePublisher.Resolve(Rules);
}
