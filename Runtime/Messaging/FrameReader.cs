using System.Buffers.Binary;
using System.Text;

namespace Orleans.Messaging;

/// <summary>Reads the fields of one frame's payload in order; any read past the end is a malformed frame.</summary>
internal ref struct FrameReader(ReadOnlySpan<byte> payload)
{
    private ReadOnlySpan<byte> _rest = payload;

    public ReadOnlySpan<byte> Rest => _rest;

    public byte ReadByte()
    {
        if (_rest.Length < 1) throw Malformed();
        var value = _rest[0];
        _rest = _rest[1..];
        return value;
    }

    public int ReadInt32()
    {
        if (_rest.Length < 4) throw Malformed();
        var value = BinaryPrimitives.ReadInt32LittleEndian(_rest);
        _rest = _rest[4..];
        return value;
    }

    public long ReadInt64()
    {
        if (_rest.Length < 8) throw Malformed();
        var value = BinaryPrimitives.ReadInt64LittleEndian(_rest);
        _rest = _rest[8..];
        return value;
    }

    public string ReadString()
    {
        var length = ReadInt32();
        if (length < 0 || length > _rest.Length) throw Malformed();
        var value = Encoding.UTF8.GetString(_rest[..length]);
        _rest = _rest[length..];
        return value;
    }

    private static MalformedFrameException Malformed() => new("A frame ended before its fields did.");
}

/// <summary>A peer sent bytes that are not a frame of our protocol; its connection is closed.</summary>
internal sealed class MalformedFrameException(string message) : Exception(message);
