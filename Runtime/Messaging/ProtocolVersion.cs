namespace Orleans.Messaging;

/// <summary>
/// The wire protocol's version. Two processes whose versions differ by one speak the lower, so a cluster can be
/// upgraded one silo at a time; a larger gap is refused at the handshake. A release that changes the frame layout
/// bumps <see cref="Current"/> and keeps reading and writing the previous layout when the peer asks for it.
/// </summary>
public static class ProtocolVersion
{
    public const int Current = 1;

    /// <summary>The version two peers speak, or null when they are too far apart.</summary>
    public static int? Negotiate(int ours, int theirs) => Math.Abs(ours - theirs) <= 1 ? Math.Min(ours, theirs) : null;
}
