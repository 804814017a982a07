namespace Orleans.Messaging;

/// <summary>Silo-to-silo and client-to-silo TCP settings.</summary>
public sealed class MessagingOptions
{
    /// <summary>A frame longer than this closes its connection (a bug or an attack, never a call).</summary>
    public int MaxFrameBytes { get; set; } = 16 * 1024 * 1024;

    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Only processes of the same cluster talk; the handshake checks it.</summary>
    public string ClusterId { get; set; } = "network";
}
