namespace Orleans.Storage;

/// <summary>A write carried an ETag that no longer matches storage: someone else wrote first. Nothing was written.</summary>
public sealed class InconsistentStateException : Exception
{
    public InconsistentStateException(string message, string? storedEtag, string? currentEtag) : base(message)
    {
        StoredEtag = storedEtag;
        CurrentEtag = currentEtag;
    }

    public string? StoredEtag { get; }
    public string? CurrentEtag { get; }
}
