namespace Grains.Tests.Api.Http;

/// <summary>One server for a test class; the tests do not change its state except the mutation log.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    internal GraphQLHttpServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await GraphQLHttpServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
