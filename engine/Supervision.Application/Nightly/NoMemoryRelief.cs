namespace Supervision.Application.Nightly;

/// <summary>The relief of a host without a memory policy: the collector decides alone.</summary>
public sealed class NoMemoryRelief : IMemoryRelief
{
    /// <summary>The one instance.</summary>
    public static readonly NoMemoryRelief Instance = new();

    private NoMemoryRelief()
    {
    }

    /// <inheritdoc/>
    public void PhaseBoundary(string phase)
    {
    }
}
