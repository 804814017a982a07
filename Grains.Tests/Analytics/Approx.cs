using Xunit;

namespace Grains.Tests.Analytics;

/// <summary>Element-wise comparison with an absolute tolerance and a useful failure message.</summary>
internal static class Approx
{
    public static void Equal(double expected, double actual, double tolerance, string what = "value")
    {
        if (double.IsNaN(expected) && double.IsNaN(actual))
        {
            return;
        }
        Assert.True(Math.Abs(expected - actual) <= tolerance,
            $"{what}: expected {expected:R}, got {actual:R} (|diff| {Math.Abs(expected - actual):E2} > {tolerance:E0})");
    }

    public static void All(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double tolerance, string what = "value")
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Equal(expected[i], actual[i], tolerance, $"{what}[{i}]");
        }
    }
}
