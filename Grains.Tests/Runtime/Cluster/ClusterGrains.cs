using Orleans;
using Orleans.Runtime;

namespace Grains.Tests.Runtime.Cluster;

/// <summary>The name of the in-process silo a service provider belongs to, so a grain can say where it runs.</summary>
public sealed record TestSiloName(string Value);

public sealed record Whereabouts(string Silo, string ActivationId, int Calls);

/// <summary>Says which silo and which activation answered; counts its calls in persistent state.</summary>
public interface IWhereGrain : IGrainWithStringKey
{
    Task<Whereabouts> Where();

    Task<Whereabouts> Call(string otherKey);

    Task Fail(string message);

    Task Sleep(int milliseconds);
}

public sealed class WhereState
{
    public int Calls { get; set; }
}

public sealed class WhereGrain([PersistentState("where")] IPersistentState<WhereState> state, TestSiloName silo) : Grain, IWhereGrain
{
    private readonly string _activationId = Guid.NewGuid().ToString("N");

    public async Task<Whereabouts> Where()
    {
        state.State.Calls++;
        await state.WriteStateAsync();
        return new Whereabouts(silo.Value, _activationId, state.State.Calls);
    }

    /// <summary>A grain-to-grain call, which crosses silos when the other grain lives elsewhere.</summary>
    public Task<Whereabouts> Call(string otherKey) => GrainFactory.GetGrain<IWhereGrain>(otherKey).Where();

    public Task Fail(string message) => throw new ArgumentException(message, "input");

    public Task Sleep(int milliseconds) => Task.Delay(milliseconds);
}
