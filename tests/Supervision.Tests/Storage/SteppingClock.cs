namespace Supervision.Tests.Storage;

/// <summary>A clock that starts at a fixed instant and advances by 1.2345678 s at each reading (sub-microsecond on purpose).</summary>
internal sealed class SteppingClock(DateTimeOffset start) : TimeProvider
{
    private long ticks = start.UtcTicks - 12_345_678;

    public SteppingClock()
        : this(new DateTimeOffset(2026, 11, 27, 2, 30, 0, TimeSpan.Zero).AddTicks(12_345_678))
    {
    }

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Add(ref ticks, 12_345_678), TimeSpan.Zero);
}
