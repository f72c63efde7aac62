using Supervision.Data.Import;

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
}
