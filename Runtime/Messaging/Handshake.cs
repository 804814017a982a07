using Orleans.Runtime;

namespace Orleans.Messaging;

/// <summary>
/// The first frame each way: magic, protocol version, cluster id, and the sender's silo address ("" for a client).
/// Anything else, another cluster, or a version more than one apart is refused.
/// </summary>
internal sealed record Handshake(int Version, SiloAddress? Silo)
{
    private const int Magic = 0x5754454E; // "NETW"

    public static FrameWriter Write(string clusterId, SiloAddress? self, int version = ProtocolVersion.Current)
    {
        var frame = new FrameWriter(MessageKind.Handshake);
        frame.WriteInt32(Magic);
        frame.WriteInt32(version);
        frame.WriteString(clusterId);
        frame.WriteString(self?.ToString() ?? "");
        return frame;
    }

    /// <summary>Reads a peer's handshake and returns the version both ends will speak.</summary>
    public static Handshake Read(ReadOnlySpan<byte> payload, string clusterId)
    {
        var reader = new FrameReader(payload);
        if (reader.ReadByte() != (byte)MessageKind.Handshake || reader.ReadInt32() != Magic)
            throw new MalformedFrameException("the peer does not speak this protocol (no handshake).");
        var theirs = reader.ReadInt32();
        var cluster = reader.ReadString();
        var silo = reader.ReadString();
        if (cluster != clusterId)
            throw new MalformedFrameException($"the peer belongs to cluster '{cluster}', not '{clusterId}'.");
        var version = ProtocolVersion.Negotiate(ProtocolVersion.Current, theirs)
            ?? throw new MalformedFrameException($"the peer speaks protocol version {theirs}; this process speaks {ProtocolVersion.Current} and accepts one apart.");
        try
        {
            return new Handshake(version, silo.Length == 0 ? null : SiloAddress.Parse(silo));
        }
        catch (FormatException e)
        {
            throw new MalformedFrameException(e.Message);
        }
    }
}
