namespace Network.Grains.Common;

/// <summary>
/// Node ids are positive 63-bit integers written in decimal: the grain key, and two int64 columns per edge row.
/// New ids are random; the create transaction refuses a taken id, and the caller retries with another.
/// </summary>
public static class NodeIds
{
    public static string New() => Random.Shared.NextInt64(1, long.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static bool TryParse(string? id, out long value) =>
        long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value) && value > 0
        && id!.Length == value.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;

    public static long Parse(string id, string field) =>
        TryParse(id, out var value) ? value : throw GraphException.Invalid(field, $"'{id}' is not a node id.");
}
