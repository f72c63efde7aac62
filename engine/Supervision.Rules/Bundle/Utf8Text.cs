using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Supervision.Rules.Bundle;

/// <summary>Strict UTF-8 for rule files: the first byte that is not UTF-8, at its line and column, or the text.</summary>
internal static class Utf8Text
{
    public static InvalidUtf8Byte? FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[Math.Min(bytes.Length, 4096)];
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Utf8.ToUtf16(bytes[offset..], chars, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            offset += read;
            if (status == OperationStatus.InvalidData)
            {
                var lineStart = bytes[..offset].LastIndexOf((byte)'\n') + 1;
                var line = bytes[..offset].Count((byte)'\n') + 1;
                return new InvalidUtf8Byte(bytes[offset], line, Encoding.UTF8.GetCharCount(bytes[lineStart..offset]) + 1);
            }

            if (status == OperationStatus.Done)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>The text of valid UTF-8 bytes, without a byte order mark.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
        => Encoding.UTF8.GetString(bytes.StartsWith(Encoding.UTF8.Preamble) ? bytes[Encoding.UTF8.Preamble.Length..] : bytes);
}
