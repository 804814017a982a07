using Grains.Tests.Api.Schema;
using Microsoft.Extensions.DependencyInjection;
using Network.Silo.Live;

namespace Grains.Tests.Api.Live;

/// <summary>The whole service plus the npm clients, and what the live tests ask of both.</summary>
public sealed class LiveService : IAsyncDisposable
{
    private LiveService(NetworkService service, LiveClient client)
    {
        Service = service;
        Client = client;
    }

    public NetworkService Service { get; }
    public LiveClient Client { get; }
    public GraphQLClient GraphQL => Service.Client;
    public LiveFeed Feed => Service.Services.GetRequiredService<LiveFeed>();

    public static async Task<LiveService> StartAsync(Dictionary<string, string?>? settings = null, string provider = "Sqlite")
    {
        var service = await NetworkService.StartAsync(provider, settings);
        return new LiveService(service, LiveClient.Start(service.BaseAddress));
    }

    /// <summary>Waits until the feed has <paramref name="count"/> subscribers, so that a write made next reaches them live.</summary>
    public async Task SubscribersAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (Feed.SubscriberCount < count) await Task.Delay(20, timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await Service.DisposeAsync();
    }
}
