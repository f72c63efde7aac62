using System.Buffers.Binary;
using System.Text;

namespace Supervision.Runs;

/// <summary>Reads what a <see cref="BinaryWriter"/> wrote (little-endian, 7-bit encoded lengths, UTF-8 strings) from memory.</summary>
internal ref struct SpanReader(ReadOnlySpan<byte> data)
{
    // Pooled texts are short (codes, regions, inspector ids): decoded on the stack, longer ones into a string first.
    private const int StackChars = 256;

    private readonly ReadOnlySpan<byte> data = data;
    private int position;

    public readonly bool AtEnd => position == data.Length;

    public int ReadInt32()
    {
        var value = BinaryPrimitives.ReadInt32LittleEndian(data[position..]);
        position += 4;
        return value;
    }

    public bool ReadBoolean() => data[position++] != 0;

    public byte ReadByte() => data[position++];

    public decimal ReadDecimal() => new([ReadInt32(), ReadInt32(), ReadInt32(), ReadInt32()]);

    public int Read7BitEncodedInt()
    {
        var value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = data[position++];
            value |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("a stored length is longer than five bytes");
    }

    public string ReadString() => Encoding.UTF8.GetString(ReadStringBytes());

    public string ReadPooled(StringPool pool)
    {
        var bytes = ReadStringBytes();
        if (bytes.Length > StackChars)
        {
            return pool.Intern(Encoding.UTF8.GetString(bytes));
        }

        // A UTF-8 byte never makes more than one UTF-16 character.
        Span<char> chars = stackalloc char[StackChars];
        return pool.Intern(chars[..Encoding.UTF8.GetChars(bytes, chars)]);
    }

    private ReadOnlySpan<byte> ReadStringBytes()
    {
        var length = Read7BitEncodedInt();
        var bytes = data.Slice(position, length);
        position += length;
        return bytes;
    }
}
