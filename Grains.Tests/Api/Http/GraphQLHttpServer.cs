using System.Net;
using GraphQL.Execution;
using GraphQL.Validation.Limits;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Network.Api.Transport.Http;

namespace Grains.Tests.Api.Http;

/// <summary>
/// The transport on Kestrel on a free loopback port, over the real executor with the test schema,
/// wired as the Api wires it: limits as validation rules and parser options, the variable-aware
/// cost check around the executor.
/// </summary>
internal sealed class GraphQLHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GraphQLHttpServer(WebApplication app, Uri baseAddress, MutationLog mutations)
    {
        _app = app;
        BaseAddress = baseAddress;
        Mutations = mutations;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    public Uri GraphQLUrl => new(BaseAddress, "/graphql");

    public HttpClient Client { get; }

    public MutationLog Mutations { get; }

    /// <param name="executor">Replaces the real executor, for failures the real one does not produce.</param>
    public static async Task<GraphQLHttpServer> StartAsync(RequestLimits? limits = null, IRequestExecutor? executor = null)
    {
        limits ??= new RequestLimits();
        var mutations = new MutationLog();
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(Options.Create(limits));
        builder.Services.AddSingleton<IRequestExecutor>(executor ?? new CostLimitingExecutor(
            new RequestExecutor(TestSchema.Build(mutations), new ExecutionOptions
            {
                ParserOptions = limits.ToParserOptions(),
                AdditionalValidationRules = limits.CreateValidationRules(),
            }),
            limits));

        WebApplication app = builder.Build();
        app.MapGraphQLHttp("/graphql");
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new GraphQLHttpServer(app, new Uri(address), mutations);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
