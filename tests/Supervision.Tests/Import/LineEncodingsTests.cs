using System.Text;
using Supervision.Data.Import;

namespace Supervision.Tests.Import;

/// <summary>
/// The line classifier must call a line GB18030 exactly when .NET's decoder reads it into characters: without a
/// fallback, and not into nothing, as it silently reads unassigned four-byte sequences.
/// </summary>
public sealed class LineEncodingsTests
{
    private static readonly Encoding StrictGb18030 = Gb18030(DecoderFallback.ExceptionFallback);

    // Four-byte sequences are too many to throw for each invalid one: a NUL, which no four-byte character decodes to,
    // marks the fallback instead.
    private static readonly Encoding MarkingGb18030 = Gb18030(new DecoderReplacementFallback("\0"));

    [Fact]
    public void FirstInvalidGb18030_EveryOneAndTwoByteSequence_AgreesWithTheDecoder()
    {
        var disagreements = new List<string>();
        for (var first = 0x80; first <= 0xFF; first++)
        {
            Compare([(byte)first], disagreements);
            for (var second = 0; second <= 0xFF; second++)
            {
                Compare([(byte)first, (byte)second], disagreements);
            }
        }

        Assert.Empty(disagreements);
    }

    [Fact]
    public void FirstInvalidGb18030_EveryFourByteSequence_AgreesWithTheDecoder()
    {
        var disagreements = new List<string>();
        var bytes = new byte[4];
        var chars = new char[8];
        for (var first = 0x81; first <= 0xFE; first++)
        {
            for (var second = 0x30; second <= 0x39; second++)
            {
                for (var third = 0x81; third <= 0xFE; third++)
                {
                    for (var fourth = 0x30; fourth <= 0x39; fourth++)
                    {
                        (bytes[0], bytes[1], bytes[2], bytes[3]) = ((byte)first, (byte)second, (byte)third, (byte)fourth);
                        // Unassigned sequences (past 84 31 A4 39 and before 90 30 81 30, or past E3 32 9A 35) decode to
                        // nothing, without a fallback: the classifier refuses them, so that no bytes vanish unreported.
                        var decoded = chars.AsSpan(0, MarkingGb18030.GetChars(bytes, chars));
                        var decodes = decoded.Length > 0 && decoded.IndexOf('\0') < 0;
                        if (decodes != (LineEncodings.FirstInvalidGb18030(bytes) < 0) && disagreements.Count < 20)
                        {
                            disagreements.Add(Convert.ToHexString(bytes));
                        }
                    }
                }
            }
        }

        Assert.Empty(disagreements);
    }

    [Theory]
    [InlineData(new byte[] { 0x61, 0x2C, 0xC3, 0xA9 }, -1)]
    [InlineData(new byte[] { 0x61, 0x2C, 0xE9, 0x2C }, 2)]
    [InlineData(new byte[] { 0xE4, 0xBC }, 0)]
    public void FirstInvalidUtf8_Line_IsTheOffsetOfTheFirstBadByte(byte[] line, int expected)
        => Assert.Equal(expected, LineEncodings.FirstInvalidUtf8(line));

    [Fact]
    public void Check_Latin1FieldAfterQuotedComma_NamesThatField()
    {
        var line = Encoding.Latin1.GetBytes("1,\"a, b\",Müller,x");

        var problem = LineEncodings.Check(line, gb18030: false);

        Assert.Equal(new LineEncodingProblem(LineKind.Gb18030, 2, 10), problem);
    }

    private static void Compare(byte[] bytes, List<string> disagreements)
    {
        bool decodes;
        try
        {
            StrictGb18030.GetCharCount(bytes);
            decodes = true;
        }
        catch (DecoderFallbackException)
        {
            decodes = false;
        }

        if (decodes != (LineEncodings.FirstInvalidGb18030(bytes) < 0) && disagreements.Count < 20)
        {
            disagreements.Add(Convert.ToHexString(bytes));
        }
    }

    private static Encoding Gb18030(DecoderFallback fallback)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, fallback);
    }
}
