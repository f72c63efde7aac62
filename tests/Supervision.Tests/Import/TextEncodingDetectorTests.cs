using System.Text;
using Supervision.Data.Import;
using Supervision.Model.Import;

namespace Supervision.Tests.Import;

public sealed class TextEncodingDetectorTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Detect_Utf8CharacterAcrossChunkBoundary_IsUtf8()
    {
        // 65,535 ASCII bytes put the 3-byte '企' across the first 64 KiB chunk boundary.
        var path = directory.Write("big.csv", ["a", new string('x', 65_533) + "企业"]);

        var detected = TextEncodingDetector.Detect(path);

        Assert.Equal(("UTF-8", null, null), (detected.Name, detected.ReaderEncoding, detected.Warning));
    }

    [Fact]
    public void Detect_Gb18030AfterFirstChunk_IsGb18030()
    {
        var path = directory.Write("late.csv", ["a", new string('x', 100_000), "企业"], TempDirectory.Gb18030);

        var detected = TextEncodingDetector.Detect(path);

        Assert.Equal(("GB18030", null), (detected.Name, detected.Warning));
    }

    [Fact]
    public void Detect_InvalidInBoth_WarnsAndUsesGb18030()
    {
        var path = Path.Combine(directory.Path, "bad.csv");
        File.WriteAllBytes(path, [(byte)'a', (byte)'\n', 0x81, (byte)'\n']);

        var detected = TextEncodingDetector.Detect(path);

        Assert.Equal("GB18030", detected.Name);
        Assert.NotNull(detected.Warning);
        Assert.Equal(TempDirectory.Gb18030.WebName, detected.ReaderEncoding?.WebName);
    }

    [Fact]
    public void Detect_OneLatin1LineAmongUtf8Lines_IsInconsistentUtf8()
    {
        var path = Path.Combine(directory.Path, "mixed.csv");
        File.WriteAllBytes(path, [.. "a,b\n企,1\n业,2\n"u8, .. Encoding.Latin1.GetBytes("é,3\n")]);

        var detected = TextEncodingDetector.Detect(path);

        Assert.Equal(("UTF-8", true, 1L, 2L), (detected.Name, detected.Inconsistent, detected.MismatchedLines, detected.MatchingLines));
        Assert.Contains("mixes encodings", detected.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_AsManyUtf8LinesAsOthers_IsUtf8()
    {
        var path = Path.Combine(directory.Path, "tie.csv");
        File.WriteAllBytes(path, [.. "a\n企\n"u8, .. TempDirectory.Gb18030.GetBytes("企\n")]);

        var detected = TextEncodingDetector.Detect(path);

        Assert.Equal(("UTF-8", true), (detected.Name, detected.Inconsistent));
        Assert.Equal(new EncodingLineCounts(1, 1, 0), detected.Lines);
    }

    [Fact]
    public void Detect_MostLinesGb18030_IsInconsistentGb18030()
    {
        var gb = TempDirectory.Gb18030;
        var path = Path.Combine(directory.Path, "gb.csv");
        File.WriteAllBytes(path, [.. gb.GetBytes("企业\n工厂\n"), .. "企业\n"u8]);

        var detected = TextEncodingDetector.Detect(path);

        Assert.Equal(("GB18030", true, 1L, 2L), (detected.Name, detected.Inconsistent, detected.MismatchedLines, detected.MatchingLines));
    }

    [Fact]
    public void Detect_Utf8ByteOrderMarkOnAnAsciiHeader_DoesNotVote()
    {
        var path = Path.Combine(directory.Path, "bom.csv");
        File.WriteAllBytes(path, [.. "\uFEFFa\n"u8, .. TempDirectory.Gb18030.GetBytes("企业\n")]);

        var detected = TextEncodingDetector.Detect(path);

        Assert.Equal(("GB18030", false), (detected.Name, detected.Inconsistent));
    }
}
