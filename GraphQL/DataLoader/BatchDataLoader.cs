namespace GraphQL.DataLoader;

/// <summary>
/// Loads values by key in batches (GreenDonut's BatchDataLoader): implement
/// <see cref="LoadBatchAsync"/>; a key the batch does not return loads as null (default).
/// </summary>
/// <example>
/// <code>
/// public sealed class UserByIdLoader(BatchScheduler scheduler, IGrainFactory grains)
///     : BatchDataLoader&lt;string, User&gt;(scheduler)
/// {
///     protected override async Task&lt;IReadOnlyDictionary&lt;string, User&gt;&gt; LoadBatchAsync(
///         IReadOnlyList&lt;string&gt; keys, CancellationToken cancellationToken) => ...;
/// }
/// // in a resolver: await ctx.Service&lt;UserByIdLoader&gt;().LoadAsync(id, ctx.RequestAborted)
/// </code>
/// </example>
public abstract class BatchDataLoader<TKey, TValue>(BatchScheduler scheduler, IEqualityComparer<TKey>? comparer = null)
    : DataLoaderBase<TKey, TValue?>(scheduler, comparer)
    where TKey : notnull
{
    /// <summary>Fetches the values of distinct keys, at most once per key per loader instance.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private protected sealed override async Task<Func<TKey, TValue?>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<TKey, TValue> values = await LoadBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        return key => values.TryGetValue(key, out TValue? value) ? value : default;
    }
}
