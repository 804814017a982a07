using System.Net;
using GraphQL.Execution;
using GraphQL.Types;
using static Grains.Tests.Api.Http.HttpExchange;
using GraphQLSchema = GraphQL.Types.Schema;

namespace Grains.Tests.Api.Http;

public sealed class ExecutorFailureTests
{
    [Fact]
    public async Task An_executor_that_throws_gives_a_spec_shaped_500_without_its_internals()
    {
        await using GraphQLHttpServer server = await GraphQLHttpServer.StartAsync(executor: new ThrowingExecutor());

        HttpExchange exchange = await PostQueryAsync(server.Client, "{ hello }", accept: "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.InternalServerError, exchange.Status);
        Assert.Equal("INTERNAL_SERVER_ERROR", exchange.FirstCode);
        Assert.Equal("Unexpected Execution Error", exchange.FirstMessage);
        Assert.DoesNotContain("secret", exchange.Body);
    }

    private sealed class ThrowingExecutor : IRequestExecutor
    {
        public GraphQLSchema Schema { get; } = SchemaBuilder.Build("type Query { hello: String }");

        public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("secret internals");
    }
}
