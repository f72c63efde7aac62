using System.Buffers;
using System.Runtime.InteropServices;
using Supervision.Model.Import;

namespace Supervision.Data.Import.Slices;

/// <summary>
/// The byte arrays input slices are cut into, reused: a night cuts a gigabyte of CSV into parts of up to 8 MB, and
/// fresh arrays for them (and for the writers' growing buffers) were large-object allocations that each brought a full
/// collection nearer — thirty-odd full collections in the cutting alone, and as many in the chunk jobs reading the
/// slices back. Whoever is done with a slice gives its array back; a slice never given back is simply collected. The
/// planner uses one instance per cutting; a worker keeps one for its chunk jobs and lets it go (<see cref="Trim"/>)
/// when no chunk job needs it.
/// </summary>
/// <param name="arraysPerSize">How many arrays of each size are kept.</param>
public sealed class SliceBuffers(int arraysPerSize = 8)
{
    /// <summary>The largest array kept for reuse; a part holding one longer line gets an array of its own.</summary>
    public const int MaxPooled = 16 * 1024 * 1024;

    private ArrayPool<byte> pool = ArrayPool<byte>.Create(MaxPooled, arraysPerSize);

    public byte[] Rent(int minimumLength) => pool.Rent(minimumLength);

    /// <summary>Lets go of the arrays kept so far (those out now come back to a fresh, empty pool).</summary>
    public void Trim() => Interlocked.Exchange(ref pool, ArrayPool<byte>.Create(MaxPooled, arraysPerSize));

    public void Return(byte[] array) => pool.Return(array);

    /// <summary>Gives back the array under a slice's content, once nothing reads the slice any more.</summary>
    public void Return(InputSlice slice)
    {
        ArgumentNullException.ThrowIfNull(slice);
        if (MemoryMarshal.TryGetArray(slice.Content, out var segment) && segment.Array is { Length: > 0 } array)
        {
            pool.Return(array);
        }
    }
}
