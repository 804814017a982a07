using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Orleans.Messaging;

/// <summary>
/// Builds one frame in a pooled buffer: a 4-byte little-endian payload length, then the payload (kind byte, header
/// fields, body). Strings are a 4-byte length and UTF-8.
/// </summary>
internal sealed class FrameWriter : IBufferWriter<byte>, IDisposable
{
    private byte[] _buffer;
    private int _written;

    public FrameWriter(MessageKind kind, int sizeHint = 256)
    {
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(sizeHint, 64));
        _written = 4;
        _buffer[_written++] = (byte)kind;
    }

    public int Length => _written;

    public ReadOnlySpan<byte> Frame
    {
        get
        {
            BinaryPrimitives.WriteInt32LittleEndian(_buffer, _written - 4);
            return _buffer.AsSpan(0, _written);
        }
    }

    public void WriteByte(byte value)
    {
        GetSpan(1)[0] = value;
        Advance(1);
    }

    public void WriteInt32(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(GetSpan(4), value);
        Advance(4);
    }

    public void WriteInt64(long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(GetSpan(8), value);
        Advance(8);
    }

    public void WriteString(string value)
    {
        var max = Encoding.UTF8.GetMaxByteCount(value.Length);
        var span = GetSpan(4 + max);
        var length = Encoding.UTF8.GetBytes(value, span[4..]);
        BinaryPrimitives.WriteInt32LittleEndian(span, length);
        Advance(4 + length);
    }

    public void Advance(int count) => _written += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_written);
    }

    private void Ensure(int sizeHint)
    {
        if (_buffer.Length - _written >= Math.Max(sizeHint, 16)) return;
        var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _written + sizeHint + 16));
        _buffer.AsSpan(0, _written).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
