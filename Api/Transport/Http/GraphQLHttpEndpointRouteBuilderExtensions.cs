using GraphQL.Validation.Limits;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Network.Api.Transport.Http;

public static class GraphQLHttpEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps GraphQL over HTTP at <paramref name="pattern"/> (every method: GET and POST are served,
    /// others get 405 with Allow) and the SDL at <c>{pattern}/schema.graphql</c> (GET and HEAD).
    /// Executes with the <see cref="GraphQL.Execution.IRequestExecutor"/> from DI; sizes come from
    /// <see cref="RequestLimits"/> (see <see cref="GraphQLHttpServiceCollectionExtensions.AddGraphQLHttp"/>).
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQLHttp(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        RequestLimits limits = endpoints.ServiceProvider.GetService<IOptions<RequestLimits>>()?.Value ?? new RequestLimits();
        var handler = new GraphQLHttpHandler(limits);
        string trimmed = pattern.TrimEnd('/');
        IEndpointConventionBuilder graphql = endpoints.Map(pattern, handler.HandleAsync)
            .WithDisplayName("GraphQL over HTTP");
        IEndpointConventionBuilder schema = endpoints.MapMethods(trimmed + "/schema.graphql", [HttpMethods.Get, HttpMethods.Head], SchemaSdlEndpoint.HandleAsync)
            .WithDisplayName("GraphQL schema (SDL)");
        return new CompositeConventionBuilder([graphql, schema]);
    }

    // Conventions (CORS, authorization, rate limiting) apply to both endpoints.
    private sealed class CompositeConventionBuilder(IReadOnlyList<IEndpointConventionBuilder> builders) : IEndpointConventionBuilder
    {
        public void Add(Action<EndpointBuilder> convention)
        {
            foreach (IEndpointConventionBuilder builder in builders)
            {
                builder.Add(convention);
            }
        }

        public void Finally(Action<EndpointBuilder> finallyConvention)
        {
            foreach (IEndpointConventionBuilder builder in builders)
            {
                builder.Finally(finallyConvention);
            }
        }
    }
}
