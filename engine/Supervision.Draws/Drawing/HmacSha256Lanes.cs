using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Supervision.Draws.Drawing;

/// <summary>
/// HMAC-SHA-256 of many messages of one length under one key, eight at a time in the lanes of 256-bit vectors: the
/// draw's lottery hashes a million short messages that differ only in their last part, and one call into the
/// operating system's crypto library per message (about half a microsecond) was most of a draw's time.
/// </summary>
/// <remarks>
/// The result is HMAC-SHA-256 as FIPS 198-1 and RFC 2104 define it, bit for bit; tests compare it with the platform's
/// HMAC on random keys and on messages of every length up to several blocks. The key's inner and outer pad blocks are
/// compressed once (the standard precomputation), so a message costs the compression of its padded blocks plus one
/// block for the outer hash, per lane. Callers check <see cref="IsSupported"/> and use the platform's HMAC otherwise.
/// </remarks>
internal sealed class HmacSha256Lanes
{
    /// <summary>Messages hashed side by side.</summary>
    public const int Lanes = 8;

    private static readonly uint[] RoundConstants =
    [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ];

    private static readonly uint[] InitialState = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

    private readonly uint[] inner;
    private readonly uint[] outer;

    /// <param name="key">The HMAC key, at most one block (64 bytes): the lottery's seed is 32.</param>
    public HmacSha256Lanes(ReadOnlySpan<byte> key)
    {
        if (key.Length > 64)
        {
            throw new ArgumentException("keys longer than one block are not supported here", nameof(key));
        }

        Span<byte> pad = stackalloc byte[64];
        inner = PadState(key, pad, 0x36);
        outer = PadState(key, pad, 0x5c);
    }

    /// <summary>True when the machine computes 256-bit vectors in hardware (otherwise the platform's HMAC is faster).</summary>
    public static bool IsSupported => Vector256.IsHardwareAccelerated;

    /// <summary>
    /// HMAC-SHA-256 of <paramref name="count"/> messages of <paramref name="length"/> bytes each, laid end to end in
    /// <paramref name="messages"/>, into <paramref name="macs"/> (32 bytes per message, in order).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Compute(ReadOnlySpan<byte> messages, int length, int count, Span<byte> macs)
    {
        if (messages.Length < length * count || macs.Length < 32 * count)
        {
            throw new ArgumentException("the buffers are too short for the messages given");
        }

        // The inner message after the key's pad block: the message, 0x80, zeros, then its bit length counting the pad block.
        var blocks = (length + 9 + 63) / 64;
        Span<byte> padded = stackalloc byte[blocks * 64 * Lanes];
        Span<Vector256<uint>> state = stackalloc Vector256<uint>[8];
        Span<Vector256<uint>> schedule = stackalloc Vector256<uint>[64];
        Span<uint> words = stackalloc uint[Lanes];
        for (var first = 0; first < count; first += Lanes)
        {
            // A last group of fewer than eight repeats its last message in the empty lanes and drops their results.
            padded.Clear();
            for (var lane = 0; lane < Lanes; lane++)
            {
                var message = Math.Min(first + lane, count - 1);
                var block = padded.Slice(lane * blocks * 64, blocks * 64);
                messages.Slice(message * length, length).CopyTo(block);
                block[length] = 0x80;
                BinaryPrimitives.WriteUInt64BigEndian(block[^8..], (ulong)(64 + length) * 8);
            }

            for (var i = 0; i < 8; i++)
            {
                state[i] = Vector256.Create(inner[i]);
            }

            for (var b = 0; b < blocks; b++)
            {
                for (var w = 0; w < 16; w++)
                {
                    for (var lane = 0; lane < Lanes; lane++)
                    {
                        words[lane] = BinaryPrimitives.ReadUInt32BigEndian(padded.Slice(lane * blocks * 64 + b * 64 + w * 4, 4));
                    }

                    schedule[w] = Vector256.Create<uint>(words);
                }

                Compress(state, schedule);
            }

            // The outer hash: the outer pad's state, then one block of the inner digest, 0x80 and the bit length 768.
            for (var w = 0; w < 8; w++)
            {
                schedule[w] = state[w];
                state[w] = Vector256.Create(outer[w]);
            }

            schedule[8] = Vector256.Create(0x80000000u);
            for (var w = 9; w < 15; w++)
            {
                schedule[w] = Vector256<uint>.Zero;
            }

            schedule[15] = Vector256.Create((64u + 32u) * 8);
            Compress(state, schedule);
            for (var lane = 0; lane < Lanes && first + lane < count; lane++)
            {
                var mac = macs.Slice((first + lane) * 32, 32);
                for (var i = 0; i < 8; i++)
                {
                    BinaryPrimitives.WriteUInt32BigEndian(mac[(i * 4)..], state[i].GetElement(lane));
                }
            }
        }
    }

    /// <summary>The state after compressing the key padded to a block and XORed with <paramref name="value"/>.</summary>
    private static uint[] PadState(ReadOnlySpan<byte> key, Span<byte> pad, byte value)
    {
        pad.Fill(value);
        for (var i = 0; i < key.Length; i++)
        {
            pad[i] ^= key[i];
        }

        Span<Vector256<uint>> state = stackalloc Vector256<uint>[8];
        Span<Vector256<uint>> schedule = stackalloc Vector256<uint>[64];
        for (var i = 0; i < 8; i++)
        {
            state[i] = Vector256.Create(InitialState[i]);
        }

        for (var w = 0; w < 16; w++)
        {
            schedule[w] = Vector256.Create(BinaryPrimitives.ReadUInt32BigEndian(pad[(w * 4)..]));
        }

        Compress(state, schedule);
        var result = new uint[8];
        for (var i = 0; i < 8; i++)
        {
            result[i] = state[i].GetElement(0);
        }

        return result;
    }

    /// <summary>One SHA-256 compression (FIPS 180-4 §6.2.2) in every lane; <paramref name="schedule"/>[0..16] holds the block.</summary>
    // Optimized from the first call: unoptimized vector code is many times slower, and a draw calls this a few hundred times.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Compress(Span<Vector256<uint>> state, Span<Vector256<uint>> schedule)
    {
        for (var t = 16; t < 64; t++)
        {
            var w15 = schedule[t - 15];
            var w2 = schedule[t - 2];
            var sigma0 = Rotate(w15, 7) ^ Rotate(w15, 18) ^ Vector256.ShiftRightLogical(w15, 3);
            var sigma1 = Rotate(w2, 17) ^ Rotate(w2, 19) ^ Vector256.ShiftRightLogical(w2, 10);
            schedule[t] = sigma1 + schedule[t - 7] + sigma0 + schedule[t - 16];
        }

        var (a, b, c, d, e, f, g, h) = (state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7]);
        for (var t = 0; t < 64; t++)
        {
            var t1 = h + (Rotate(e, 6) ^ Rotate(e, 11) ^ Rotate(e, 25)) + Vector256.ConditionalSelect(e, f, g)
                + Vector256.Create(RoundConstants[t]) + schedule[t];
            var t2 = (Rotate(a, 2) ^ Rotate(a, 13) ^ Rotate(a, 22)) + ((a & b) | (c & (a | b)));
            (h, g, f, e, d, c, b, a) = (g, f, e, d + t1, c, b, a, t1 + t2);
        }

        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }

    private static Vector256<uint> Rotate(Vector256<uint> value, int bits)
        => Vector256.ShiftRightLogical(value, bits) | Vector256.ShiftLeft(value, 32 - bits);
}
