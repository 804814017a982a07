using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Invocation;
using Orleans.Messaging;
using Orleans.Runtime;
using Orleans.Serialization;

namespace Grains.Tests.Runtime.Messaging;

/// <summary>A listening "silo" message center with an echo handler, and a client one that calls it through a typed proxy.</summary>
public sealed class MessagingFixture : IAsyncDisposable
{
    public MessageCenter Server { get; }
    public MessageCenter Client { get; }
    public SiloAddress ServerAddress { get; }
    public EchoTarget Target { get; } = new();
    public EchoHandler Handler { get; }

    public MessagingFixture(string clientCluster = "test", int maxFrameBytes = 16 * 1024 * 1024)
    {
        Server = Create("test", maxFrameBytes);
        var bound = Server.Listen(new IPEndPoint(IPAddress.Loopback, 0));
        ServerAddress = new SiloAddress(bound, 7);
        Server.Self = ServerAddress;
        Handler = new EchoHandler(Target);
        Server.Handler = Handler;
        Client = Create(clientCluster, maxFrameBytes);
    }

    public static MessageCenter Create(string cluster, int maxFrameBytes = 16 * 1024 * 1024) =>
        new(new MessagingOptions { ClusterId = cluster, MaxFrameBytes = maxFrameBytes, ConnectTimeout = TimeSpan.FromSeconds(2) },
            new InvokableRegistry([typeof(IEchoGrain).Assembly]), new CallSerializer(), NullLogger<MessageCenter>.Instance);

    /// <summary>A proxy whose calls go from <paramref name="from"/> to <paramref name="to"/> with <paramref name="timeout"/>.</summary>
    public IEchoGrain Echo(TimeSpan? timeout = null, SiloAddress? to = null, MessageCenter? from = null) =>
        GrainProxies.Create<IEchoGrain>(new GrainId("echo", "e1"), new Invoker(from ?? Client, to ?? ServerAddress, timeout ?? TimeSpan.FromSeconds(10)));

    private sealed class Invoker(MessageCenter center, SiloAddress target, TimeSpan timeout) : IGrainCallInvoker
    {
        public Task<TResult> InvokeAsync<TResult>(GrainId grain, Invokable<TResult> invokable) =>
            center.SendAsync(target, grain, invokable, 0, timeout);
    }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await Server.DisposeAsync();
    }
}
