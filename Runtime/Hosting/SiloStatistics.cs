using Orleans.Runtime;

namespace Orleans.Hosting;

/// <summary>Counts an operator reads from a silo's health endpoint.</summary>
public sealed class SiloStatistics
{
    private readonly Catalog _catalog;

    internal SiloStatistics(Catalog catalog) => _catalog = catalog;

    /// <summary>Grain activations this silo holds now.</summary>
    public int ActivationCount => _catalog.Count;
}
