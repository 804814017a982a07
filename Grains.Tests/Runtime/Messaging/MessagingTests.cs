using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Network.Grains.Common;
using Orleans.Messaging;
using Orleans.Runtime;
using Orleans.Serialization;
using Xunit;

namespace Grains.Tests.Runtime.Messaging;

/// <summary>The TCP transport between processes: calls, errors, timeouts, loss, handshakes, and bad input on the wire.</summary>
public sealed class MessagingTests
{
    [Fact]
    public async Task Records_nulls_and_void_calls_make_the_round_trip()
    {
        await using var f = new MessagingFixture();
        var value = new EchoRecord("ana", ["a", "b"], -0.25, new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero));

        Assert.Equal(value.Name, (await f.Echo().Echo(value)).Name);
        Assert.Equal(value.Tags.ToArray(), (await f.Echo().Echo(value)).Tags.ToArray());
        Assert.Equal(value.At, (await f.Echo().Echo(value)).At);
        Assert.Null(await f.Echo().Maybe(null));
        Assert.Equal("x", await f.Echo().Maybe("x"));
        await f.Echo().Nothing();
        Assert.Equal(1, f.Target.NothingCalls);
    }

    [Fact]
    public async Task A_grain_exception_arrives_with_its_type_code_and_field()
    {
        await using var f = new MessagingFixture();

        var error = await Assert.ThrowsAsync<GraphException>(() => f.Echo().Refuse("HANDLE_TAKEN", "input.handle"));

        Assert.Equal("HANDLE_TAKEN", error.Code);
        Assert.Equal("input.handle", error.Field);
        Assert.Equal("refused: HANDLE_TAKEN", error.Message);
    }

    [Fact]
    public async Task Ten_thousand_concurrent_calls_each_get_their_own_answer()
    {
        await using var f = new MessagingFixture();
        var echo = f.Echo();

        var results = await Task.WhenAll(Enumerable.Range(0, 10_000).Select(i => echo.Add(i, i)));

        for (var i = 0; i < results.Length; i++) Assert.Equal(2 * i, results[i]);
    }

    [Fact]
    public async Task A_call_without_an_answer_times_out_with_the_call_named()
    {
        await using var f = new MessagingFixture();
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<TimeoutException>(() => f.Echo(TimeSpan.FromMilliseconds(200)).Hang());

        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(150), TimeSpan.FromSeconds(5));
        Assert.Contains("IEchoGrain.Hang", error.Message);
        Assert.Contains(f.ServerAddress.ToString(), error.Message);
    }

    [Fact]
    public async Task Losing_the_connection_fails_calls_in_flight_at_once()
    {
        await using var f = new MessagingFixture();
        await f.Echo().Nothing(); // connected
        var hanging = f.Echo(TimeSpan.FromSeconds(30)).Hang();
        var clock = Stopwatch.StartNew();

        await f.Server.DisposeAsync();

        var error = await Record.ExceptionAsync(() => hanging);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}: {error}");
        Assert.IsType<SiloUnavailableException>(error);
    }

    [Fact]
    public async Task A_silo_marked_dead_fails_pending_and_later_calls_at_once()
    {
        await using var f = new MessagingFixture();
        var hanging = f.Echo(TimeSpan.FromSeconds(30)).Hang();
        await Task.Delay(100);

        f.Client.MarkDead(f.ServerAddress);

        await Assert.ThrowsAsync<SiloUnavailableException>(() => hanging);
        await Assert.ThrowsAsync<SiloUnavailableException>(() => f.Echo().Nothing());
        Assert.False(await f.Client.PingAsync(f.ServerAddress, TimeSpan.FromSeconds(1), CancellationToken.None));
    }

    [Fact]
    public async Task A_silo_marked_dead_while_its_connection_opens_fails_the_call_waiting_on_it()
    {
        await using var f = new MessagingFixture();
        var hanging = f.Echo(TimeSpan.FromSeconds(30)).Hang(); // the first call opens the connection
        f.Client.MarkDead(f.ServerAddress);

        // Sent on the connection once it opened, the call would wait out its 30 s timeout.
        await Assert.ThrowsAsync<SiloUnavailableException>(() => hanging.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Another_generation_at_the_address_is_not_the_silo_the_caller_meant()
    {
        await using var f = new MessagingFixture();
        var restarted = f.ServerAddress with { Generation = f.ServerAddress.Generation - 1 };

        var error = await Assert.ThrowsAsync<SiloUnavailableException>(() => f.Echo(to: restarted).Nothing());

        Assert.Contains("is gone", error.Message);
        Assert.Equal(0, f.Target.NothingCalls);
    }

    [Fact]
    public async Task A_process_of_another_cluster_is_refused()
    {
        await using var f = new MessagingFixture(clientCluster: "other");

        await Assert.ThrowsAsync<SiloUnavailableException>(() => f.Echo().Nothing());

        Assert.Equal(0, f.Target.NothingCalls);
    }

    [Fact]
    public void Adjacent_protocol_versions_speak_the_lower_and_farther_ones_are_refused()
    {
        Assert.Equal(ProtocolVersion.Current, ProtocolVersion.Negotiate(ProtocolVersion.Current, ProtocolVersion.Current + 1));
        Assert.Equal(ProtocolVersion.Current - 1, ProtocolVersion.Negotiate(ProtocolVersion.Current, ProtocolVersion.Current - 1));
        Assert.Null(ProtocolVersion.Negotiate(ProtocolVersion.Current, ProtocolVersion.Current + 2));
    }

    [Fact]
    public async Task A_peer_one_version_ahead_is_answered_and_two_ahead_is_closed()
    {
        await using var f = new MessagingFixture();

        using (var next = await RawConnectAsync(f))
        {
            using var hello = Handshake.Write("test", null, ProtocolVersion.Current + 1);
            await next.SendAsync(hello.Frame.ToArray());
            Assert.True(await ReadsSomethingAsync(next), "a peer one version ahead gets the server's handshake");
        }
        using (var far = await RawConnectAsync(f))
        {
            using var hello = Handshake.Write("test", null, ProtocolVersion.Current + 2);
            await far.SendAsync(hello.Frame.ToArray());
            Assert.False(await ReadsSomethingAsync(far), "a peer two versions ahead is closed without an answer");
        }
        await f.Echo().Nothing();
    }

    [Fact]
    public async Task Garbage_and_oversized_frames_close_only_their_own_connection()
    {
        await using var f = new MessagingFixture(maxFrameBytes: 1024);
        await f.Echo().Nothing();

        using (var garbage = await RawConnectAsync(f))
        {
            await garbage.SendAsync("GET / HTTP/1.1\r\nHost: x\r\n\r\n"u8.ToArray());
            Assert.False(await ReadsSomethingAsync(garbage));
        }
        using (var huge = await RawConnectAsync(f))
        {
            using var hello = Handshake.Write("test", null);
            await huge.SendAsync(hello.Frame.ToArray());
            Assert.True(await ReadsSomethingAsync(huge));
            await huge.SendAsync(BitConverter.GetBytes(1025).Concat(new byte[64]).ToArray());
            Assert.False(await ReadsSomethingAsync(huge, drainFirst: true));
        }

        await f.Echo().Nothing();
        Assert.Equal(2, f.Target.NothingCalls);
    }

    [Fact]
    public async Task A_call_larger_than_a_frame_fails_alone_before_it_is_sent()
    {
        await using var f = new MessagingFixture(maxFrameBytes: 1024);

        await Assert.ThrowsAsync<ArgumentException>(() => f.Echo().Maybe(new string('x', 5000)));
        Assert.Equal("ok", await f.Echo().Maybe("ok"));
    }

    [Fact]
    public async Task A_method_the_receiver_does_not_know_gets_an_error_and_the_connection_carries_on()
    {
        await using var f = new MessagingFixture();

        var error = await Assert.ThrowsAsync<UnknownGrainMethodException>(() =>
            f.Client.SendUntypedAsync(f.ServerAddress, new GrainId("echo", "e1"), new FutureMethod(), 0, TimeSpan.FromSeconds(5)));

        Assert.Equal("IEchoGrain.FromTheFuture()", error.MethodId);
        Assert.Equal(5, await f.Echo().Add(2, 3));
    }

    [Fact]
    public async Task Probes_answer_while_the_silo_lives_and_gossip_reaches_its_handler()
    {
        await using var f = new MessagingFixture();
        f.Client.Self = new SiloAddress(new IPEndPoint(IPAddress.Loopback, 1), 3);

        Assert.True(await f.Client.PingAsync(f.ServerAddress, TimeSpan.FromSeconds(2), CancellationToken.None));
        f.Client.SendMembershipGossip(f.ServerAddress);
        var clock = Stopwatch.StartNew();
        while (f.Handler.Gossip.Count == 0 && clock.Elapsed < TimeSpan.FromSeconds(5)) await Task.Delay(10);
        Assert.Equal([f.Client.Self], f.Handler.Gossip);

        var nobody = new SiloAddress(new IPEndPoint(IPAddress.Loopback, FreePort()), 1);
        Assert.False(await f.Client.PingAsync(nobody, TimeSpan.FromMilliseconds(500), CancellationToken.None));
    }

    private sealed class FutureMethod : Orleans.Invocation.Invokable<object?>
    {
        public override Type InterfaceType => typeof(IEchoGrain);
        public override string MethodName => "FromTheFuture";
        public override string MethodId => "IEchoGrain.FromTheFuture()";
        public override int ArgumentCount => 0;
        public override object? GetArgument(int index) => throw BadIndex(index);
        public override void SetArgument(int index, object? value) => throw BadIndex(index);
        public override Type GetArgumentType(int index) => throw BadIndex(index);
        public override ValueTask<object?> InvokeAsync(object target) => throw new NotSupportedException();
    }

    private static async Task<Socket> RawConnectAsync(MessagingFixture f)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(f.ServerAddress.Endpoint);
        return socket;
    }

    /// <summary>True when the server sends bytes; false when it closes the connection (or says nothing within 3 s).</summary>
    private static async Task<bool> ReadsSomethingAsync(Socket socket, bool drainFirst = false)
    {
        var buffer = new byte[4096];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        try
        {
            var n = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
            return n > 0;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
