using Supervision.Data.Exports;

namespace Supervision.Tests.Exports;

public sealed class NiceScaleTests
{
    [Theory]
    [InlineData(0, 87, new[] { 0.0, 20, 40, 60, 80, 100 })]
    [InlineData(3, 9, new[] { 0.0, 2, 4, 6, 8, 10 })]
    [InlineData(-30, 50, new[] { -40.0, -20, 0, 20, 40, 60 })]
    [InlineData(0, 0, new[] { 0.0, 0.2, 0.4, 0.6, 0.8, 1.0 })]
    [InlineData(0, 0.003, new[] { 0.0, 0.001, 0.002, 0.003 })]
    [InlineData(-5, -1, new[] { -5.0, -4, -3, -2, -1, 0 })]
    [InlineData(0, 1234567, new[] { 0.0, 500000, 1000000, 1500000 })]
    public void For_Range_NiceTicksIncludingZero(double low, double high, double[] expected)
    {
        var scale = NiceScale.For(low, high);

        Assert.Equal(expected, scale.Ticks);
    }

    [Fact]
    public void Format_Ticks_InvariantFixedDecimals()
    {
        var scale = NiceScale.For(0, 0.003);

        Assert.Equal(["0.000", "0.001", "0.002", "0.003"], scale.Ticks.Select(scale.Format));
        Assert.Equal("1,500,000", NiceScale.For(0, 1234567).Format(1500000));
    }
}
