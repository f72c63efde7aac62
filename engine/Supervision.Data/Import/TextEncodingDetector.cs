using System.Text;

namespace Supervision.Data.Import;

/// <summary>
/// Tells UTF-8 files (with or without BOM) from GB18030 ones. Files exported by Chinese editions of Excel and WPS
/// are GB18030 (a superset of GBK); they carry no BOM, so the whole file is decoded as strict UTF-8 and any invalid
/// byte sequence means GB18030.
/// </summary>
internal static class TextEncodingDetector
{
    public const string Utf8 = "UTF-8";
    public const string Gb18030Name = "GB18030";

    private const int ChunkSize = 64 * 1024;

    private static readonly Encoding StrictGb18030 = CreateGb18030(DecoderFallback.ExceptionFallback);

    /// <summary>GB18030 with replacement fallbacks, as CsvHelper reads it.</summary>
    public static Encoding Gb18030 { get; } = CreateGb18030(DecoderFallback.ReplacementFallback);

    public static DetectedEncoding Detect(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> bom = stackalloc byte[2];
        var bomLength = stream.Read(bom);
        if (bomLength == 2 && ((bom[0] == 0xFF && bom[1] == 0xFE) || (bom[0] == 0xFE && bom[1] == 0xFF)))
        {
            // CsvHelper honours UTF-16 and UTF-32 byte order marks itself.
            return new DetectedEncoding("UTF-16", null, null);
        }

        stream.Position = 0;
        if (IsStrictlyValid(stream, new UTF8Encoding(false, throwOnInvalidBytes: true)))
        {
            return new DetectedEncoding(Utf8, null, null);
        }

        stream.Position = 0;
        var warning = IsStrictlyValid(stream, StrictGb18030)
            ? null
            : "the file is neither valid UTF-8 nor valid GB18030; undecodable bytes were read as U+FFFD";
        return new DetectedEncoding(Gb18030Name, Gb18030, warning);
    }

    private static Encoding CreateGb18030(DecoderFallback decoderFallback)
    {
        // GB18030 is in-box on .NET 10 but only served once the code pages provider is registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(Gb18030Name, EncoderFallback.ReplacementFallback, decoderFallback);
    }

    private static bool IsStrictlyValid(Stream stream, Encoding encoding)
    {
        // A decoder keeps a multi-byte sequence cut at a chunk boundary for the next chunk; flush only at the end.
        var decoder = encoding.GetDecoder();
        var bytes = new byte[ChunkSize];
        var chars = new char[encoding.GetMaxCharCount(ChunkSize)];
        try
        {
            int count;
            while ((count = stream.Read(bytes, 0, bytes.Length)) > 0)
            {
                decoder.GetChars(bytes, 0, count, chars, 0, flush: false);
            }

            decoder.GetChars(bytes, 0, 0, chars, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
