using System.Buffers;
using System.Runtime.InteropServices;
using Supervision.Model.Import;

namespace Supervision.Data.Import.Slices;

/// <summary>
/// The byte arrays input slices are cut into, reused: a night cuts a gigabyte of CSV into parts of up to 8 MB, and
/// fresh arrays for them (and for the writers' growing buffers) were large-object allocations that each brought a full
/// collection nearer — thirty-odd full collections in the cutting alone. Whoever is done with a slice from the
/// partitioner gives its array back; a slice never given back is simply collected. One instance per cutting, so that
/// the arrays are let go with it rather than kept for the life of the process.
/// </summary>
internal sealed class SliceBuffers
{
    /// <summary>The largest array kept for reuse; a part holding one longer line gets an array of its own.</summary>
    public const int MaxPooled = 16 * 1024 * 1024;

    private readonly ArrayPool<byte> pool = ArrayPool<byte>.Create(MaxPooled, 8);

    public byte[] Rent(int minimumLength) => pool.Rent(minimumLength);

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
