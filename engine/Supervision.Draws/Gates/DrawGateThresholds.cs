namespace Supervision.Draws.Gates;

/// <summary>
/// When the inputs of a draw are too broken to draw from (<see cref="DrawGate"/>). Operators set them per host
/// (`nightly`/`draw` options, the service's <c>Supervision:Gates</c> section); the defaults refuse what no real night
/// looks like and pass every sound one.
/// </summary>
public sealed record DrawGateThresholds
{
    /// <summary>The least share of a file's data rows that must be accepted (0.9: more than 10 % rejected refuses).</summary>
    public double MinAcceptedShare { get; init; } = 0.9;

    /// <summary>
    /// The largest drop of accepted registry rows against the previous completed night (0.2: a registry with fewer than
    /// 80 % of last night's enterprises refuses). Real registries change by a few percent a night; a cut or truncated
    /// export loses far more.
    /// </summary>
    public double MaxRegistryDrop { get; init; } = 0.2;

    /// <summary>The least share of the drawn tasks the inspector directory must staff with a valid team.</summary>
    public double MinStaffedShare { get; init; } = 0.9;

    /// <summary>Refuses a threshold outside [0, 1] (or not a number), naming it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is not a share.</exception>
    public DrawGateThresholds Validated()
    {
        Check(MinAcceptedShare, nameof(MinAcceptedShare));
        Check(MaxRegistryDrop, nameof(MaxRegistryDrop));
        Check(MinStaffedShare, nameof(MinStaffedShare));
        return this;
    }

    private static void Check(double value, string name)
    {
        if (!(value is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} is a share between 0 and 1");
        }
    }
}
