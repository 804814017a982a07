using GraphQL.Utilities;

namespace Grains.Tests.GraphQL;

/// <summary>Expected strings are what JavaScript's String(number) gives (node 20).</summary>
public sealed class JsNumberTests
{
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(1.0, "1")]
    [InlineData(-1.5, "-1.5")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(123456789012345680000.0, "123456789012345680000")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(2147483647.0, "2147483647")]
    public void Formats_like_javascript(double value, string expected)
    {
        Assert.Equal(expected, JsNumber.Format(value));
    }

    [Fact]
    public void Negative_zero_prints_as_zero()
    {
        Assert.Equal("0", JsNumber.Format(-0.0));
    }
}
