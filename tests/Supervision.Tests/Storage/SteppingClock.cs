namespace Supervision.Tests.Storage;

/// <summary>A clock that starts at a fixed instant and advances by 1.2345678 s at each reading (sub-microsecond on purpose).</summary>
internal sealed class SteppingClock : TimeProvider
{
    private long ticks = new DateTimeOffset(2026, 11, 27, 2, 30, 0, TimeSpan.Zero).UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Add(ref ticks, 12_345_678), TimeSpan.Zero);
}
