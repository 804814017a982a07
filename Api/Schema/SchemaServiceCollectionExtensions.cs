using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Validation.Limits;
using Microsoft.Extensions.Options;
using Network.Api.Schema.Communities;
using Network.Api.Schema.Movements;
using Network.Api.Schema.Users;

namespace Network.Api.Schema;

public static class SchemaServiceCollectionExtensions
{
    /// <summary>
    /// The public schema and its executor: limits from the "GraphQL" section (depth, cost, sizes), domain errors
    /// mapped to codes, and per-request DataLoaders sharing one batch scheduler.
    /// </summary>
    public static IServiceCollection AddNetworkSchema(this IServiceCollection services)
    {
        services.AddSingleton(_ => NetworkSchema.Create());
        services.AddSingleton<IRequestExecutor>(sp =>
        {
            var limits = sp.GetRequiredService<IOptions<RequestLimits>>().Value;
            var options = new ExecutionOptions
            {
                ParserOptions = limits.ToParserOptions(),
                AdditionalValidationRules = limits.CreateValidationRules(),
                ErrorFilter = NetworkErrorFilter.ToError,
                Services = sp,
            };
            return new CostLimitingExecutor(new RequestExecutor(sp.GetRequiredService<GraphQL.Types.Schema>(), options), limits);
        });
        services.AddScoped<BatchScheduler>();
        services.AddScoped<IBatchDispatcher>(sp => sp.GetRequiredService<BatchScheduler>());
        services.AddScoped<UserByIdLoader>();
        services.AddScoped<CommunityByIdLoader>();
        services.AddScoped<MovementByIdLoader>();
        return services;
    }
}
