using GraphQL.Validation.Limits;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Network.Api.Transport.Http;

namespace Grains.Tests.Api.Http;

public sealed class ConfigurationTests
{
    [Fact]
    public void Limits_bind_from_the_graphql_section_and_keep_their_defaults_otherwise()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GraphQL:MaxDepth"] = "12",
            ["GraphQL:MaxCost"] = "5000",
            ["GraphQL:Cost:DefaultListSize"] = "20",
        }).Build();
        using ServiceProvider services = new ServiceCollection().AddGraphQLHttp(configuration).BuildServiceProvider();

        RequestLimits limits = services.GetRequiredService<IOptions<RequestLimits>>().Value;

        Assert.Equal(12, limits.MaxDepth);
        Assert.Equal(5000, limits.MaxCost);
        Assert.Equal(20, limits.Cost.DefaultListSize);
        Assert.Equal(64 * 1024, limits.MaxDocumentBytes);
        Assert.Equal(256 * 1024, limits.MaxRequestBytes);
        Assert.Equal(10_000, limits.MaxTokens);
        Assert.Equal(1, limits.Cost.CompositeFieldWeight);
    }
}
