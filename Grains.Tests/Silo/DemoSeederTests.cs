using Analytics.Generation;
using Microsoft.Extensions.DependencyInjection;
using Network.Silo.Projection;

namespace Grains.Tests.Silo;

public sealed class DemoSeederTests
{
    [Fact]
    public async Task Demo_mode_fills_an_empty_graph_once_with_the_generated_network()
    {
        var settings = new Dictionary<string, string?> { ["Demo:Enabled"] = "true", ["Demo:Ties"] = "1000", ["Demo:Seed"] = "3" };
        var expected = SocialNetworkGenerator.Generate(new GeneratorOptions(3, 1000));
        var nodes = expected.UserCount + expected.CommunityKind.Length + expected.MovementCountry.Length;
        string location;
        long version;
        await using (var silo = await GraphSilo.StartAsync("Sqlite", keepData: true, extra: settings))
        {
            location = silo.Location;
            await WaitUntil(async () => await silo.Reader.CountRowsAsync("collaborations") == expected.CollaborationKind.Length);
            Assert.Equal(nodes, await silo.Reader.CountRowsAsync("nodes"));
            version = await silo.Reader.GetGraphVersionAsync();
            var projection = await silo.Services.GetRequiredService<ProjectionService>().WaitForVersionAsync(version);
            Assert.Equal(nodes, projection.Read(p => p.Nodes.Count));
        }
        await using var again = await GraphSilo.StartAsync("Sqlite", location, extra: settings);
        await Task.Delay(500);
        Assert.Equal(version, await again.Reader.GetGraphVersionAsync()); // not written twice
    }

    private static async Task WaitUntil(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("Demo data did not appear in time.");
            await Task.Delay(100);
        }
    }
}
