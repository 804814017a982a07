using GraphQL.Validation.Limits;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Network.Api.Transport.Http;

public static class GraphQLHttpServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="RequestLimits"/> from the configuration section "GraphQL" (for example
    /// <c>GraphQL:MaxDepth</c>, <c>GraphQL:MaxCost</c>, <c>GraphQL:MaxDocumentBytes</c>). The
    /// executor itself is registered by the caller, as an <see cref="GraphQL.Execution.IRequestExecutor"/>.
    /// </summary>
    public static IServiceCollection AddGraphQLHttp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RequestLimits>().Bind(configuration.GetSection(RequestLimits.SectionName));
        return services;
    }
}
