using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Supervision.Draws.Drawing;

/// <summary>
/// The only source of randomness in a draw: HMAC-SHA-256 keyed with the seed over a UTF-8 message. Language-independent
/// and specified in docs/draw-algorithm.md, so anyone can recompute every number from the published record.
/// </summary>
public sealed class Lottery
{
    public const string Algorithm = "supervision-draw/v1";

    // "supervision-draw/v1|": every message starts with it.
    private static readonly byte[] Prefix = Encoding.UTF8.GetBytes(Algorithm + "|");

    private readonly byte[] _seed;

    // A draw hashes millions of short messages, on all cores: each thread keeps a keyed HMAC-SHA-256 context for the
    // lottery it last served (a new one when another lottery, identified by its seed array, comes along).
    [ThreadStatic]
    private static IncrementalHash? t_hmac;

    [ThreadStatic]
    private static byte[]? t_hmacKey;

    public Lottery(string seedHex)
    {
        ArgumentNullException.ThrowIfNull(seedHex);
        if (seedHex.Length != 64 || !seedHex.All(Uri.IsHexDigit) || seedHex.Any(char.IsUpper))
        {
            throw new ArgumentException("the seed is 64 lower-case hexadecimal characters (32 bytes)", nameof(seedHex));
        }

        _seed = Convert.FromHexString(seedHex);

        SeedHex = seedHex;
        Commitment = Convert.ToHexStringLower(SHA256.HashData(_seed));
    }

    public string SeedHex { get; }

    /// <summary>SHA-256 of the seed bytes: published before the draw, so the seed cannot be chosen after the fact.</summary>
    public string Commitment { get; }

    /// <summary>HMAC-SHA-256(seed, UTF-8(algorithm|parts…)) as 64 lower-case hex characters.</summary>
    public string Number(params ReadOnlySpan<string> parts)
    {
        Span<byte> hash = stackalloc byte[32];
        Hash(parts, hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>The first 8 bytes of the same HMAC as an unsigned big-endian integer.</summary>
    public ulong Integer(params ReadOnlySpan<string> parts)
    {
        Span<byte> hash = stackalloc byte[32];
        Hash(parts, hash);
        return BinaryPrimitives.ReadUInt64BigEndian(hash);
    }

    /// <summary>The same HMAC as a sortable key, without building the hex string.</summary>
    public LotteryKey Key(params ReadOnlySpan<string> parts)
    {
        Span<byte> hash = stackalloc byte[32];
        Hash(parts, hash);
        return LotteryKey.From(hash);
    }

    /// <summary>
    /// The keys of <paramref name="count"/> messages that share their leading parts and differ in their last:
    /// <paramref name="each"/>(i, <c>Key(leading…, last(i))</c>) for each i, computed on all cores (so <paramref name="each"/>
    /// is called from several threads, each i once) and, where the machine has 256-bit vectors, eight messages at a time
    /// (<see cref="HmacSha256Lanes"/>): the same keys as <see cref="Key"/> gives one by one.
    /// </summary>
    public void Keys(string[] leading, int count, Func<int, string> last, Action<int, LotteryKey> each)
    {
        ArgumentNullException.ThrowIfNull(leading);
        ArgumentNullException.ThrowIfNull(last);
        ArgumentNullException.ThrowIfNull(each);
        if (count == 0)
        {
            return;
        }

        var prefix = Encoding.UTF8.GetBytes(Message([.. leading, ""]));
        var length = prefix.Length + Encoding.UTF8.GetByteCount(last(0));
        var lanes = HmacSha256Lanes.IsSupported && length <= MaxLaneMessage ? new HmacSha256Lanes(_seed) : null;
        var batches = (count + KeyBatch - 1) / KeyBatch;
        Parallel.For(0, batches, batch =>
        {
            var from = batch * KeyBatch;
            var to = Math.Min(count, from + KeyBatch);

            // Pooled: a new buffer per batch would be garbage the size of the population.
            var messages = ArrayPool<byte>.Shared.Rent((to - from) * length);
            var macs = ArrayPool<byte>.Shared.Rent((to - from) * 32);
            try
            {
                var uniform = lanes is not null;
                for (var i = from; i < to && uniform; i++)
                {
                    // Every message must have the same length to share the lanes; a last part of another length (not a
                    // USCC of 18 ASCII characters) sends the batch one by one.
                    var message = messages.AsSpan((i - from) * length, length);
                    prefix.CopyTo(message);
                    var part = last(i);
                    uniform = Encoding.UTF8.GetByteCount(part) == length - prefix.Length && Encoding.UTF8.GetBytes(part, message[prefix.Length..]) == length - prefix.Length;
                }

                if (uniform)
                {
                    lanes!.Compute(messages, length, to - from, macs);
                    for (var i = from; i < to; i++)
                    {
                        each(i, LotteryKey.From(macs.AsSpan((i - from) * 32, 32)));
                    }
                }
                else
                {
                    for (var i = from; i < to; i++)
                    {
                        each(i, Key([.. leading, last(i)]));
                    }
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(messages);
                ArrayPool<byte>.Shared.Return(macs);
            }
        });
    }

    // Messages per task of Keys: large enough to amortize a task, small enough to spread over the cores.
    private const int KeyBatch = 4096;

    // The longest message hashed in lanes (its padded blocks live on the stack).
    private const int MaxLaneMessage = 512;

    public static string Message(params string[] parts) => Algorithm + "|" + string.Join('|', parts);

    private void Hash(ReadOnlySpan<string> parts, Span<byte> destination)
    {
        // The message's UTF-8 bytes, written part by part: the same bytes as encoding Message(parts), since no part
        // can pair a surrogate across a '|', without the joined string (a draw hashes millions of messages).
        var length = Prefix.Length;
        foreach (var part in parts)
        {
            length += 1 + Encoding.UTF8.GetMaxByteCount(part.Length);
        }

        Span<byte> bytes = length <= 1024 ? stackalloc byte[length] : new byte[length];
        Prefix.CopyTo(bytes);
        var written = Prefix.Length;
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                bytes[written++] = (byte)'|';
            }

            written += Encoding.UTF8.GetBytes(parts[i], bytes[written..]);
        }

        // One HMAC context per thread, reset after each message: creating a hash context per call cost half the time.
        if (t_hmac is null || !ReferenceEquals(t_hmacKey, _seed))
        {
            t_hmac?.Dispose();
            t_hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _seed);
            t_hmacKey = _seed;
        }

        var hmac = t_hmac;
        hmac.AppendData(bytes[..written]);
        hmac.GetHashAndReset(destination);
    }
}
