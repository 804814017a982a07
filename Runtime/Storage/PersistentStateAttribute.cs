namespace Orleans.Runtime;

/// <summary>Marks a grain constructor parameter of type <see cref="IPersistentState{TState}"/>.</summary>
/// <param name="stateName">The name of this piece of state; a grain may have several.</param>
/// <param name="storageName">The registered <see cref="Storage.IGrainStorage"/> to use; null for the default.</param>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class PersistentStateAttribute(string stateName, string? storageName = null) : Attribute
{
    public string StateName { get; } = stateName;
    public string? StorageName { get; } = storageName;
}
