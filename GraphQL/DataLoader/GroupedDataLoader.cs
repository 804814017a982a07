namespace GraphQL.DataLoader;

/// <summary>
/// Loads the group of values of each key in batches (GreenDonut's GroupedDataLoader), e.g. the
/// communities of each user: implement <see cref="LoadGroupedBatchAsync"/>; a key without values
/// loads as an empty array.
/// </summary>
public abstract class GroupedDataLoader<TKey, TValue>(BatchScheduler scheduler, IEqualityComparer<TKey>? comparer = null)
    : DataLoaderBase<TKey, TValue[]>(scheduler, comparer)
    where TKey : notnull
{
    /// <summary>Fetches the values of distinct keys, grouped by key.</summary>
    protected abstract Task<ILookup<TKey, TValue>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private protected sealed override async Task<Func<TKey, TValue[]>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        ILookup<TKey, TValue> groups = await LoadGroupedBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        return key => [.. groups[key]];
    }
}
