using System.Globalization;
using System.Net;

namespace Orleans.Runtime;

/// <summary>
/// A silo process: where it listens and which start of that endpoint it is. A silo restarted on the same port is a
/// new generation, so calls meant for the old process can tell that it is gone.
/// </summary>
public sealed record SiloAddress(IPEndPoint Endpoint, int Generation)
{
    /// <summary>"127.0.0.1:11111@42": the form the membership table, the logs and the wire use.</summary>
    public override string ToString() => $"{Endpoint}@{Generation.ToString(CultureInfo.InvariantCulture)}";

    public static SiloAddress Parse(string text) =>
        TryParse(text, out var silo) ? silo : throw new FormatException($"'{text}' is not a silo address (expected host:port@generation).");

    public static bool TryParse(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SiloAddress? silo)
    {
        silo = null;
        var at = text.LastIndexOf('@');
        if (at < 0 || !IPEndPoint.TryParse(text[..at], out var endpoint) ||
            !int.TryParse(text.AsSpan(at + 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out var generation))
            return false;
        silo = new SiloAddress(endpoint, generation);
        return true;
    }

    /// <summary>A generation for a silo starting now: seconds since 2020, as Orleans does, so a restart gets a larger one.</summary>
    public static int NewGeneration() => (int)(DateTimeOffset.UtcNow - new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)).TotalSeconds;
}
