using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Network.Bench.GraphQLReads;

/// <summary>
/// One keep-alive HTTP/1.1 connection over a plain socket: sends prepared request bytes, reads the answer
/// (Content-Length or chunked) and compares its body with the expected bytes as they arrive. A load generator
/// that shares 2 cores with the server must cost little per request; HttpClient's allocations and thread hops cost
/// enough that, at the same rate, even the floor looked slow.
/// </summary>
public sealed class RawHttpConnection : IDisposable
{
    private readonly Socket _socket;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start, _end;

    private RawHttpConnection(Socket socket) => _socket = socket;

    public static async Task<RawHttpConnection> ConnectAsync(Uri target)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Parse(target.Host), target.Port));
        return new RawHttpConnection(socket);
    }

    /// <summary>The bytes of a POST /graphql with the headers the wrk scripts send.</summary>
    public static byte[] PostRequest(Uri target, byte[] body)
    {
        var head = $"POST /graphql HTTP/1.1\r\nHost: {target.Authority}\r\nContent-Type: application/json\r\n" +
                   $"Accept: application/graphql-response+json, application/json\r\nContent-Length: {body.Length}\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(head), .. body];
    }

    /// <summary>True when the answer is a 200 whose body equals <paramref name="expected"/>; throws if the connection breaks.</summary>
    public async Task<bool> ExchangeAsync(byte[] request, byte[] expected)
    {
        for (var sent = 0; sent < request.Length;)
            sent += await _socket.SendAsync(request.AsMemory(sent), SocketFlags.None);

        var statusLine = await ReadLineAsync();
        var ok = statusLine.StartsWith("HTTP/1.1 200 ", StringComparison.Ordinal);
        long length = -1;
        var chunked = false;
        for (var line = await ReadLineAsync(); line.Length > 0; line = await ReadLineAsync())
        {
            if (line.StartsWith("content-length:", StringComparison.OrdinalIgnoreCase)) length = long.Parse(line.AsSpan(15).Trim());
            else if (line.StartsWith("transfer-encoding:", StringComparison.OrdinalIgnoreCase)) chunked = line.Contains("chunked", StringComparison.OrdinalIgnoreCase);
        }

        var matched = 0;
        if (chunked)
        {
            while (true)
            {
                var size = Convert.ToInt32(ReadHex(await ReadLineAsync()), 16);
                if (size == 0)
                {
                    while ((await ReadLineAsync()).Length > 0) { } // trailers, then the blank line
                    break;
                }
                (ok, matched) = await ConsumeAsync(size, expected, ok, matched);
                await ReadLineAsync(); // the CRLF after the chunk
            }
        }
        else if (length >= 0)
            (ok, matched) = await ConsumeAsync(length, expected, ok, matched);
        else
            throw new InvalidDataException("an answer with neither Content-Length nor chunked framing");
        return ok && matched == expected.Length;
    }

    private static string ReadHex(string line) => line.Split(';')[0].Trim();

    private async ValueTask<(bool Ok, int Matched)> ConsumeAsync(long count, byte[] expected, bool ok, int matched)
    {
        while (count > 0)
        {
            if (_start == _end) await FillAsync();
            var n = (int)Math.Min(count, _end - _start);
            ok = ok && matched + n <= expected.Length && _buffer.AsSpan(_start, n).SequenceEqual(expected.AsSpan(matched, n));
            matched += n;
            _start += n;
            count -= n;
        }
        return (ok, matched);
    }

    private async ValueTask<string> ReadLineAsync()
    {
        while (true)
        {
            var at = _buffer.AsSpan(_start, _end - _start).IndexOf("\r\n"u8);
            if (at >= 0)
            {
                var line = Encoding.ASCII.GetString(_buffer, _start, at);
                _start += at + 2;
                return line;
            }
            if (_start > 0)
            {
                // Keep the partial line at the front, so that the rest arrives behind it.
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                (_end, _start) = (_end - _start, 0);
            }
            if (_end == _buffer.Length) throw new InvalidDataException("a header line longer than the buffer");
            await FillAsync();
        }
    }

    private async ValueTask FillAsync()
    {
        if (_start == _end) _start = _end = 0;
        var n = await _socket.ReceiveAsync(_buffer.AsMemory(_end), SocketFlags.None);
        if (n == 0) throw new IOException("the server closed the connection");
        _end += n;
    }

    public void Dispose() => _socket.Dispose();
}
