using System.Text;
using System.Text.Json;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Types.Descriptors;

namespace Grains.Tests.GraphQL.CodeFirst;

/// <summary>A code-first schema run by the executor, with DataLoaders batching through the request's scheduler.</summary>
public sealed class ExecutionTests
{
    public sealed record Person(string Id, string Name, string? FriendId) : INode;

    public sealed record PersonInput(string Name, IReadOnlyList<string>? Tags, CommunityKind Kind = CommunityKind.Other);

    private static readonly Dictionary<string, Person> People = new()
    {
        ["1"] = new("1", "Ada", "2"),
        ["2"] = new("2", "Grace", "3"),
        ["3"] = new("3", "Edsger", "1"),
        ["4"] = new("4", "Barbara", "2"),
    };

    private sealed class PersonByIdLoader(BatchScheduler scheduler) : BatchDataLoader<string, Person>(scheduler)
    {
        public List<string[]> Batches { get; } = [];

        protected override Task<IReadOnlyDictionary<string, Person>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
        {
            Batches.Add([.. keys]);
            return Task.FromResult<IReadOnlyDictionary<string, Person>>(keys.Where(People.ContainsKey).ToDictionary(k => k, k => People[k]));
        }
    }

    private sealed class FollowersLoader(BatchScheduler scheduler) : GroupedDataLoader<string, Person>(scheduler)
    {
        public int Calls { get; private set; }

        protected override async Task<ILookup<string, Person>> LoadGroupedBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
        {
            Calls++;
            await Task.Yield();
            return People.Values.Where(p => p.FriendId is not null && keys.Contains(p.FriendId)).ToLookup(p => p.FriendId!);
        }
    }

    private sealed class PersonType : ObjectType<Person>
    {
        protected override void Configure(IObjectTypeDescriptor<Person> descriptor)
        {
            descriptor.Implements<NodeType>();
            descriptor.Field(p => p.Id).Type<NonNullType<IdType>>();
            descriptor.Field(p => p.Name);
            descriptor.Field("friend")
                .Type<PersonType>()
                .Resolve(ctx => ctx.Parent<Person>().FriendId is { } id
                    ? ctx.Service<PersonByIdLoader>().LoadAsync(id, ctx.RequestAborted)
                    : Task.FromResult<Person?>(null));
            descriptor.Field("followers")
                .Type<NonNullType<ListType<NonNullType<PersonType>>>>()
                .Resolve(ctx => ctx.Service<FollowersLoader>().LoadAsync(ctx.Parent<Person>().Id, ctx.RequestAborted));
        }
    }

    private sealed class PersonInputType : InputObjectType<PersonInput>
    {
        protected override void Configure(IInputObjectTypeDescriptor<PersonInput> descriptor)
        {
            descriptor.Field(i => i.Name);
            descriptor.Field(i => i.Tags);
            descriptor.Field(i => i.Kind).DefaultValue(CommunityKind.Charity);
        }
    }

    private sealed class PeopleQueries : ObjectTypeExtension
    {
        protected override void Configure(IObjectTypeDescriptor descriptor)
        {
            descriptor.Name("Query");
            descriptor.Field("people").Type<NonNullType<ListType<NonNullType<PersonType>>>>().Resolve(_ => People.Values.ToList());
            descriptor.Field("node")
                .Argument("id", a => a.Type<NonNullType<IdType>>())
                .Type<NodeType>()
                .Resolve(ctx => ctx.Service<PersonByIdLoader>().LoadAsync(ctx.ArgumentValue<string>("id")));
            descriptor.Field("create")
                .Argument("input", a => a.Type<NonNullType<PersonInputType>>())
                .Resolve(ctx =>
                {
                    PersonInput input = ctx.ArgumentValue<PersonInput>("input");
                    return $"{input.Name} {input.Kind} {string.Join(",", input.Tags ?? [])}";
                });
            descriptor.Field("echo")
                .Argument("kind", a => a.Type<EnumType<CommunityKind>>().DefaultValue(CommunityKind.MutualAid))
                .Resolve(ctx => ctx.ArgumentValue<CommunityKind>("kind"));
        }
    }

    private sealed class LiveFields : ObjectTypeExtension
    {
        protected override void Configure(IObjectTypeDescriptor descriptor)
        {
            descriptor.Name("Subscription");
            descriptor.Field("tens")
                .Argument("to", a => a.Type<NonNullType<IntType>>())
                .Subscribe(ctx => Count(ctx.ArgumentValue<int>("to")))
                .Resolve(ctx => ctx.Parent<int>() * 10);
            descriptor.Field("arrivals")
                .Type<NonNullType<PersonType>>()
                .Subscribe(async _ =>
                {
                    await Task.Yield();
                    return Arrivals();
                });
        }

        private static async IAsyncEnumerable<int> Count(int to)
        {
            for (int i = 1; i <= to; i++)
            {
                await Task.Yield();
                yield return i;
            }
        }

        private static async IAsyncEnumerable<Person> Arrivals()
        {
            await Task.Yield();
            yield return People["1"];
            yield return People["4"];
        }
    }

    private static readonly Schema Schema = SchemaBuilder.New()
        .AddQueryType(d => d.Name("Query"))
        .AddTypeExtension<PeopleQueries>()
        .AddSubscriptionType(d => d.Name("Subscription"))
        .AddTypeExtension<LiveFields>()
        .Create();

    private sealed class RequestServices : IServiceProvider
    {
        public RequestServices()
        {
            ByIds = new PersonByIdLoader(Scheduler);
            Followers = new FollowersLoader(Scheduler);
        }

        public BatchScheduler Scheduler { get; } = new();

        public PersonByIdLoader ByIds { get; }

        public FollowersLoader Followers { get; }

        public object? GetService(Type serviceType) =>
            serviceType == typeof(IBatchDispatcher) ? Scheduler
            : serviceType == typeof(PersonByIdLoader) ? ByIds
            : serviceType == typeof(FollowersLoader) ? Followers
            : null;
    }

    private static async Task<string> Run(string query, RequestServices? services = null) =>
        Json(await new RequestExecutor(Schema).ExecuteAsync(new GraphQLRequest(query) { Services = services ?? new RequestServices() }));

    private static string Json(ExecutionResult result)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            ExecutionResultJson.Write(writer, result);
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace('"', '\'');
    }

    [Fact]
    public async Task Each_level_of_a_query_loads_its_keys_in_one_batch()
    {
        var services = new RequestServices();

        string json = await Run("{ people { name friend { name friend { name } } } }", services);

        Assert.Equal(
            "{'data':{'people':[{'name':'Ada','friend':{'name':'Grace','friend':{'name':'Edsger'}}},"
            + "{'name':'Grace','friend':{'name':'Edsger','friend':{'name':'Ada'}}},"
            + "{'name':'Edsger','friend':{'name':'Ada','friend':{'name':'Grace'}}},"
            + "{'name':'Barbara','friend':{'name':'Grace','friend':{'name':'Edsger'}}}]}}",
            json);

        // The first level asks for 2, 3, 1 (and 2 again, from the cache); the second level's keys are all cached.
        Assert.Equal(["2", "3", "1"], Assert.Single(services.ByIds.Batches));
    }

    [Fact]
    public async Task Grouped_loads_of_a_level_make_one_call()
    {
        var services = new RequestServices();

        string json = await Run("{ people { name followers { name } } }", services);

        Assert.Equal(
            "{'data':{'people':[{'name':'Ada','followers':[{'name':'Edsger'}]},{'name':'Grace','followers':[{'name':'Ada'},{'name':'Barbara'}]},"
            + "{'name':'Edsger','followers':[{'name':'Grace'}]},{'name':'Barbara','followers':[]}]}}",
            json);
        Assert.Equal(1, services.Followers.Calls);
    }

    [Fact]
    public async Task An_interface_field_resolves_the_object_type_from_the_clr_type()
    {
        Assert.Equal(
            "{'data':{'node':{'__typename':'Person','id':'3','name':'Edsger'}}}",
            await Run("{ node(id: 3) { __typename id ... on Person { name } } }"));
    }

    [Fact]
    public async Task Input_objects_reach_resolvers_as_their_records_with_defaults_applied()
    {
        Assert.Equal(
            "{'data':{'create':'Ada Charity x,y'}}",
            await Run("{ create(input: {name: \"Ada\", tags: [\"x\", \"y\"]}) }"));
    }

    [Fact]
    public async Task Enum_arguments_reach_resolvers_as_clr_enum_members_and_serialize_back()
    {
        Assert.Equal("{'data':{'echo':'MUTUAL_AID'}}", await Run("{ echo }"));
        Assert.Equal("{'data':{'echo':'LOCAL_BUSINESS'}}", await Run("{ echo(kind: LOCAL_BUSINESS) }"));
    }

    [Fact]
    public async Task A_subscription_field_streams_its_events_through_its_resolver()
    {
        ExecutionResult result = await new RequestExecutor(Schema).ExecuteAsync(new GraphQLRequest("subscription { tens(to: 3) }"));

        var events = new List<string>();
        await foreach (ExecutionResult item in result.Stream!)
        {
            events.Add(Json(item));
        }

        Assert.Equal(["{'data':{'tens':10}}", "{'data':{'tens':20}}", "{'data':{'tens':30}}"], events);
        Assert.Equal("tens: Int!", Schema.SubscriptionType!.GetField("tens")!.ToString());
    }

    [Fact]
    public async Task Without_a_resolver_each_event_is_the_field_value()
    {
        ExecutionResult result = await new RequestExecutor(Schema).ExecuteAsync(
            new GraphQLRequest("subscription { arrivals { name friend { name } } }") { Services = new RequestServices() });

        var events = new List<string>();
        await foreach (ExecutionResult item in result.Stream!)
        {
            events.Add(Json(item));
        }

        Assert.Equal(
            ["{'data':{'arrivals':{'name':'Ada','friend':{'name':'Grace'}}}}", "{'data':{'arrivals':{'name':'Barbara','friend':{'name':'Grace'}}}}"],
            events);
    }
}
