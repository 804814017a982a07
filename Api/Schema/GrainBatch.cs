using System.Diagnostics.Metrics;
using System.Globalization;

namespace Network.Api.Schema;

/// <summary>
/// One DataLoader batch of grain reads: every grain of the batch is called at once and awaited together, so a list
/// of 100 nodes costs one round of concurrent calls, not 100 sequential ones. Batch sizes are recorded as the
/// histogram <c>network.dataloader.batch_size</c> (tag <c>loader</c>), which operators watch and tests read.
/// </summary>
public static class GrainBatch
{
    public const string MeterName = "Network.Api";
    private static readonly Meter Meter = new(MeterName);
    private static readonly Histogram<int> BatchSize = Meter.CreateHistogram<int>("network.dataloader.batch_size", "{key}", "Keys fetched by one DataLoader batch.");

    public static async Task<IReadOnlyDictionary<long, T>> LoadAsync<T>(string loader, IReadOnlyList<long> keys, Func<string, Task<T?>> read)
        where T : class
    {
        BatchSize.Record(keys.Count, new KeyValuePair<string, object?>("loader", loader));
        var reads = new Task<T?>[keys.Count];
        for (var i = 0; i < keys.Count; i++) reads[i] = read(keys[i].ToString(CultureInfo.InvariantCulture));
        await Task.WhenAll(reads);
        var found = new Dictionary<long, T>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
            if (reads[i].Result is { } value) found[keys[i]] = value;
        return found;
    }
}
