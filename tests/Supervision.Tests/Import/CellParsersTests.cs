using System.Globalization;
using Supervision.Data.Import;

namespace Supervision.Tests.Import;

/// <summary>The fast date path must accept and reject exactly what the general exact parser does.</summary>
public sealed class CellParsersTests
{
    [Theory]
    [InlineData("2024-02-29")]
    [InlineData("2023-02-29")]
    [InlineData("2020-13-01")]
    [InlineData("2020-00-10")]
    [InlineData("2020-04-31")]
    [InlineData("0000-01-01")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2020-1-01")]
    [InlineData("2020-01-1x")]
    [InlineData("２０２０-01-01")]
    [InlineData("2020/01/01")]
    [InlineData("20200101")]
    [InlineData("2020-01-01 ")]
    [InlineData("-020-01-01")]
    [InlineData("")]
    public void TryParseDate_AgreesWithTheExactParser(string text)
    {
        var expected = DateOnly.TryParseExact(text, CellParsers.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var expectedValue);

        var actual = CellParsers.TryParseDate(text, out var value);

        Assert.Equal((expected, expectedValue), (actual, value));
    }

    [Fact]
    public void TryParseDate_EveryDayOfFortyYears_ReadsAsWritten()
    {
        for (var day = new DateOnly(1995, 1, 1); day.Year < 2035; day = day.AddDays(1))
        {
            Assert.True(CellParsers.TryParseDate(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), out var value));
            Assert.Equal(day, value);
        }
    }
}
