using Grains.Tests.Silo;
using Network.Grains.Common;
using Network.Grains.Users;

namespace Grains.Tests.Grains;

public sealed class UserGrainTests
{
    [Theory, SqliteData, PostgresData]
    public async Task Create_returns_the_profile_and_the_graph_version_of_its_event(string provider)
    {
        await using var silo = await GraphSilo.StartAsync(provider);
        var id = NodeIds.New();
        var result = await silo.Grains.GetGrain<IUserGrain>(id).Create(
            new CreateUser("Rina_W", "  Rina Wulandari ", "ID", [" Climate ", "climate", "Mutual Aid"], -0.25));

        Assert.Equal(id, result.User.Id);
        Assert.Equal("Rina Wulandari", result.User.DisplayName);
        Assert.Equal(["climate", "mutual aid"], result.User.Topics.ToArray());
        Assert.Equal(-0.25, result.User.Leaning);
        Assert.Equal(await silo.Reader.GetGraphVersionAsync(), result.GraphVersion);
        Assert.Equivalent(result.User, await silo.Grains.GetGrain<IUserGrain>(id).GetProfile(), strict: true);
        var created = Assert.Single(await silo.Reader.ReadEventsAsync(result.GraphVersion - 1, 1));
        Assert.Equal("USER_CREATED", created.Kind);
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_handle_is_unique_regardless_of_case(string provider)
    {
        await using var silo = await GraphSilo.StartAsync(provider);
        await silo.Grains.NewUser("organiser_1");
        var id = NodeIds.New();
        await GraphAssert.RefusedAsync(silo, ErrorCodes.HandleTaken,
            () => silo.Grains.GetGrain<IUserGrain>(id).Create(new CreateUser("ORGANISER_1", "x", null, [], null)));
        Assert.Null(await silo.Grains.GetGrain<IUserGrain>(id).GetProfile());
    }

    [Theory, SqliteData, PostgresData]
    public async Task Concurrent_creates_of_one_handle_admit_exactly_one(string provider)
    {
        await using var silo = await GraphSilo.StartAsync(provider);
        var attempts = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            try
            {
                await silo.Grains.GetGrain<IUserGrain>(NodeIds.New()).Create(new CreateUser("same_handle", "x", null, [], null));
                return "ok";
            }
            catch (GraphException e)
            {
                return e.Code;
            }
        }));
        Assert.Single(attempts, a => a == "ok");
        Assert.All(attempts.Where(a => a != "ok"), a => Assert.Equal(ErrorCodes.HandleTaken, a));
        await GraphAssert.EventLogIsGapFreeAsync(silo);
    }

    [Theory, SqliteData]
    public async Task Creating_twice_is_refused(string provider)
    {
        await using var silo = await GraphSilo.StartAsync(provider);
        var user = await silo.Grains.NewUser();
        await GraphAssert.RefusedAsync(silo, ErrorCodes.AlreadyExists,
            () => silo.Grains.GetGrain<IUserGrain>(user.Id).Create(new CreateUser("another_one", "x", null, [], null)));
    }

    public static TheoryData<string, CreateUser> BadInputs => new()
    {
        { "input.handle", new CreateUser("ab", "x", null, [], null) },
        { "input.handle", new CreateUser("has space", "x", null, [], null) },
        { "input.handle", new CreateUser("_leading", "x", null, [], null) },
        { "input.handle", new CreateUser(new string('a', 31), "x", null, [], null) },
        { "input.displayName", new CreateUser("valid_1", "   ", null, [], null) },
        { "input.displayName", new CreateUser("valid_1", new string('x', 101), null, [], null) },
        { "input.displayName", new CreateUser("valid_1", "bell\u0007", null, [], null) },
        { "input.country", new CreateUser("valid_1", "x", "id", [], null) },
        { "input.country", new CreateUser("valid_1", "x", "UK", [], null) },
        { "input.country", new CreateUser("valid_1", "x", "XX", [], null) },
        { "input.leaning", new CreateUser("valid_1", "x", null, [], 1.5) },
        { "input.leaning", new CreateUser("valid_1", "x", null, [], double.NaN) },
        { "input.topics", new CreateUser("valid_1", "x", null, [" "], null) },
        { "input.topics", new CreateUser("valid_1", "x", null, [new string('t', 51)], null) },
        { "input.topics", new CreateUser("valid_1", "x", null, [.. Enumerable.Range(0, 21).Select(i => "t" + i)], null) },
    };

    [Theory, MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_refused_with_the_field_named_and_nothing_written(string field, CreateUser command)
    {
        await using var silo = await GraphSilo.StartAsync("Sqlite");
        var id = NodeIds.New();
        var error = await GraphAssert.RefusedAsync(silo, ErrorCodes.BadUserInput, () => silo.Grains.GetGrain<IUserGrain>(id).Create(command));
        Assert.Equal(field, error.Field);
        Assert.Null(await silo.Grains.GetGrain<IUserGrain>(id).GetProfile());
        Assert.Equal(0, await silo.Reader.CountRowsAsync("nodes"));
    }

    [Fact]
    public async Task A_grain_key_that_is_not_a_node_id_is_refused()
    {
        await using var silo = await GraphSilo.StartAsync("Sqlite");
        var error = await GraphAssert.RefusedAsync(silo, ErrorCodes.BadUserInput,
            () => silo.Grains.GetGrain<IUserGrain>("not-a-number").Create(new CreateUser("valid_1", "x", null, [], null)));
        Assert.Equal("id", error.Field);
    }

    [Theory, SqliteData, PostgresData]
    public async Task The_profile_survives_a_silo_restart(string provider)
    {
        UserProfile created;
        string location;
        await using (var silo = await GraphSilo.StartAsync(provider, keepData: true))
        {
            created = await silo.Grains.NewUser(leaning: 0.5, topics: ["housing"]);
            location = silo.Location;
        }
        await using var restarted = await GraphSilo.StartAsync(provider, location);
        Assert.Equivalent(created, await restarted.Grains.GetGrain<IUserGrain>(created.Id).GetProfile(), strict: true);
    }
}
