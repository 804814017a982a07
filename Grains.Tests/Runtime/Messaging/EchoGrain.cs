using System.Collections.Immutable;
using Network.Grains.Common;
using Orleans;
using Orleans.Messaging;
using Orleans.Runtime;

namespace Grains.Tests.Runtime.Messaging;

public sealed record EchoRecord(string Name, ImmutableArray<string> Tags, double? Leaning, DateTimeOffset At);

/// <summary>A grain interface whose calls the messaging tests send over the wire to a plain object.</summary>
public interface IEchoGrain : IGrainWithStringKey
{
    Task<EchoRecord> Echo(EchoRecord value);
    Task<string?> Maybe(string? value);
    Task Nothing();
    Task<int> Add(int a, int b);
    Task Refuse(string code, string field);
    Task Hang();
}

public sealed class EchoTarget : IEchoGrain
{
    public int NothingCalls;

    public Task<EchoRecord> Echo(EchoRecord value) => Task.FromResult(value);
    public Task<string?> Maybe(string? value) => Task.FromResult(value);

    public Task Nothing()
    {
        Interlocked.Increment(ref NothingCalls);
        return Task.CompletedTask;
    }

    public async Task<int> Add(int a, int b)
    {
        await Task.Yield();
        return a + b;
    }

    public Task Refuse(string code, string field) => throw new GraphException(code, "refused: " + code, field);
    public Task Hang() => Task.Delay(Timeout.Infinite);
}

/// <summary>Runs every incoming call on one <see cref="EchoTarget"/>, as a silo would on an activation.</summary>
public sealed class EchoHandler(EchoTarget target) : IIncomingCallHandler
{
    public List<SiloAddress> Gossip { get; } = [];

    public void OnRequest(IncomingCall call) => _ = RunAsync(call);

    private async Task RunAsync(IncomingCall call)
    {
        try
        {
            call.Reply(await call.Invokable.InvokeUntypedAsync(target));
        }
        catch (Exception e)
        {
            call.ReplyError(e);
        }
    }

    public void OnMembershipGossip(SiloAddress from)
    {
        lock (Gossip) Gossip.Add(from);
    }
}
