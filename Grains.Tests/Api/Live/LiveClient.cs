using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading.Channels;

namespace Grains.Tests.Api.Live;

/// <summary>
/// The npm clients, driven line by line: .ci/graphql/live-client.mjs runs graphql-ws, graphql-sse and bare ws sockets
/// against the service and reports every message it sees. Tests send commands and wait for the messages they expect.
/// </summary>
public sealed class LiveClient : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Channel<JsonElement> _messages = Channel.CreateUnbounded<JsonElement>();
    private readonly List<JsonElement> _seen = [];
    private readonly List<JsonElement> _unclaimed = [];
    private readonly Task _reader;
    private readonly System.Text.StringBuilder _stderr = new();

    private LiveClient(Process process)
    {
        _process = process;
        _reader = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                if (line.Length > 0) _messages.Writer.TryWrite(JsonDocument.Parse(line).RootElement.Clone());
            }
            _messages.Writer.TryComplete();
        });
        process.ErrorDataReceived += (_, e) => { lock (_stderr) _stderr.AppendLine(e.Data); };
        process.BeginErrorReadLine();
    }

    public static LiveClient Start(Uri baseAddress)
    {
        var folder = Folder();
        var start = new ProcessStartInfo("node", [Path.Combine(folder, "live-client.mjs"), baseAddress.ToString()])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        return new LiveClient(Process.Start(start)!);
    }

    /// <summary>Every message received so far (including those already awaited), for assertions about what never came.</summary>
    public IReadOnlyList<JsonElement> Seen
    {
        get
        {
            Drain();
            lock (_seen) return [.. _seen];
        }
    }

    public Task SendAsync(object command) => _process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(command)).ContinueWith(_ => _process.StandardInput.FlushAsync()).Unwrap();

    public Task WsSubscribeAsync(string key, string query, object? variables = null, string client = "main") =>
        SendAsync(new { cmd = "ws-subscribe", key, query, variables, client });

    public Task SseSubscribeAsync(string key, string query, object? variables = null) => SendAsync(new { cmd = "sse-subscribe", key, query, variables });

    public Task RawOpenAsync(string key, string? protocol = "graphql-transport-ws") => SendAsync(new { cmd = "raw-open", key, protocol = protocol ?? "" });

    public Task RawSendAsync(string key, object message) =>
        SendAsync(new { cmd = "raw-send", key, data = message as string ?? JsonSerializer.Serialize(message) });

    /// <summary>The next message for <paramref name="key"/> of <paramref name="type"/> (skipping others of that key).</summary>
    public Task<JsonElement> NextAsync(string key, string type, TimeSpan? timeout = null) =>
        WaitForAsync(m => Is(m, key, type), $"a '{type}' for '{key}'", timeout);

    public async Task<JsonElement> WaitForAsync(Func<JsonElement, bool> match, string what, TimeSpan? timeout = null)
    {
        // Messages another wait may claim stay here, in arrival order.
        var waiting = _unclaimed.FindIndex(m => match(m));
        if (waiting >= 0)
        {
            var found = _unclaimed[waiting];
            _unclaimed.RemoveAt(waiting);
            return found;
        }
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        try
        {
            while (true)
            {
                var message = await _messages.Reader.ReadAsync(cancel.Token);
                lock (_seen) _seen.Add(message);
                if (message.TryGetProperty("type", out var t) && t.GetString() == "driver-error")
                    throw new InvalidOperationException("live-client.mjs failed: " + message);
                if (match(message)) return message;
                _unclaimed.Add(message);
            }
        }
        catch (OperationCanceledException)
        {
            string stderr;
            lock (_stderr) stderr = _stderr.ToString();
            throw new TimeoutException($"Waited in vain for {what}. Seen: {string.Join("\n", Seen)}\nstderr: {stderr}");
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException($"live-client.mjs exited while waiting for {what}. stderr: {_stderr}");
        }
    }

    /// <summary>Collects next payloads of <paramref name="key"/> for <paramref name="window"/>.</summary>
    public async Task<List<JsonElement>> CollectAsync(string key, TimeSpan window)
    {
        var until = DateTime.UtcNow + window;
        var found = new List<JsonElement>();
        while (DateTime.UtcNow < until)
        {
            try
            {
                found.Add((await NextAsync(key, "next", until - DateTime.UtcNow)).GetProperty("payload"));
            }
            catch (TimeoutException)
            {
                break;
            }
        }
        return found;
    }

    public static bool Is(JsonElement message, string key, string type) =>
        message.TryGetProperty("key", out var k) && k.GetString() == key && message.GetProperty("type").GetString() == type;

    private void Drain()
    {
        while (_messages.Reader.TryRead(out var message))
        {
            lock (_seen) _seen.Add(message);
            _unclaimed.Add(message);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await SendAsync(new { cmd = "exit" });
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (Exception)
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        }
        await _reader.WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { });
        _process.Dispose();
    }

    public static string Folder([CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "..", ".ci", "graphql"));

    /// <summary>Why the npm clients cannot run here, or null when they can.</summary>
    public static string? Missing()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        if (!path.Split(Path.PathSeparator).Any(p => File.Exists(Path.Combine(p, "node"))))
            return "node is not on PATH; install Node.js 20+ to run the live transport tests.";
        foreach (var package in new[] { "graphql-ws", "graphql-sse", "ws" })
            if (!File.Exists(Path.Combine(Folder(), "node_modules", package, "package.json")))
                return $"{package} is not installed: run npm ci --prefix .ci/graphql.";
        return null;
    }
}

/// <summary>A test that needs the npm clients: skipped locally without them, failed under CI=true (CI installs them).</summary>
public sealed class LiveClientFactAttribute : FactAttribute
{
    public LiveClientFactAttribute()
    {
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (LiveClient.Missing() is { } missing && !inCi) Skip = missing;
    }
}

/// <summary>A theory (one row per storage provider) that needs the npm clients; skipped and failed as <see cref="LiveClientFactAttribute"/>.</summary>
public sealed class LiveClientTheoryAttribute : TheoryAttribute
{
    public LiveClientTheoryAttribute()
    {
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (LiveClient.Missing() is { } missing && !inCi) Skip = missing;
    }
}
