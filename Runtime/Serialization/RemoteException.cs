namespace Orleans.Serialization;

/// <summary>A grain threw an exception this process cannot rebuild (its type is unknown here): its type name and message.</summary>
public sealed class RemoteException(string originalType, string message) : Exception($"{originalType}: {message}")
{
    public string OriginalType { get; } = originalType;

    public string OriginalMessage { get; } = message;
}
