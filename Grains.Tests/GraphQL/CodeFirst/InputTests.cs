using GraphQL.Language;
using GraphQL.Types;
using GraphQL.Types.Descriptors;
using GraphQL.Utilities;

namespace Grains.Tests.GraphQL.CodeFirst;

public sealed class InputTests
{
    public sealed record Range(long Low, long? High = null);

    public sealed record Filter(string Topic, IReadOnlyList<string>? Tags, CommunityKind? Kind, Range? Range, int[]? Sizes);

    public sealed class Settings
    {
        public string Name { get; set; } = "";

        public double Weight { get; init; } = 1;
    }

    private sealed class RangeType : InputObjectType<Range>
    {
        protected override void Configure(IInputObjectTypeDescriptor<Range> descriptor)
        {
            descriptor.Field(r => r.Low).Type<NonNullType<IntType>>();
            descriptor.Field(r => r.High).Type<IntType>();
        }
    }

    private sealed class FilterType : InputObjectType<Filter>
    {
        protected override void Configure(IInputObjectTypeDescriptor<Filter> descriptor)
        {
            descriptor.Description("What to keep.");
            descriptor.Field(f => f.Topic).DefaultValue("any");
            descriptor.Field(f => f.Tags);
            descriptor.Field(f => f.Kind);
            descriptor.Field(f => f.Range).Type<RangeType>();
            descriptor.Field(f => f.Sizes).Name("size");
        }
    }

    private sealed class SettingsType : InputObjectType<Settings>
    {
        protected override void Configure(IInputObjectTypeDescriptor<Settings> descriptor)
        {
            descriptor.Field(s => s.Name);
            descriptor.Field(s => s.Weight).DefaultValue(2.5);
        }
    }

    private sealed class QueryType : ObjectType<object>
    {
        protected override void Configure(IObjectTypeDescriptor<object> descriptor)
        {
            descriptor.Name("Query");
            descriptor.Field("search")
                .Argument("filter", a => a.Type<FilterType>().DefaultValue(new Dictionary<string, object?> { ["kind"] = CommunityKind.MutualAid }))
                .Argument("settings", a => a.Type<SettingsType>())
                .Argument("first", a => a.Type<IntType>().DefaultValue(10))
                .Argument("kind", a => a.Type<NonNullType<EnumType<CommunityKind>>>().DefaultValue(CommunityKind.LocalBusiness))
                .Argument("resolution", a => a.Type<FloatType>().DefaultValue(1.0))
                .Resolve(_ => "");
        }
    }

    private static Schema Build() => SchemaBuilder.New().AddQueryType<QueryType>().Create();

    [Fact]
    public void Defaults_print_as_sdl_prints_them()
    {
        Assert.Equal(
            """
            type Query {
              search(filter: Filter = {topic: "any", kind: MUTUAL_AID}, settings: Settings, first: Int = 10, kind: CommunityKind! = LOCAL_BUSINESS, resolution: Float = 1): String
            }
            """,
            SchemaPrinter.PrintType(Build().QueryType!));
    }

    [Fact]
    public void Defaults_are_stored_coerced_with_the_literal_beside_them()
    {
        FieldDefinition search = Build().QueryType!.GetField("search")!;

        Argument first = search.GetArgument("first")!;
        Assert.Equal(10, first.DefaultValue);
        Assert.Equal("10", Printer.Print(first.DefaultValueLiteral!));
        Assert.Equal(CommunityKind.LocalBusiness, search.GetArgument("kind")!.DefaultValue);
        Assert.Equal(1.0, search.GetArgument("resolution")!.DefaultValue);
        var filter = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(search.GetArgument("filter")!.DefaultValue);
        Assert.Equal("any", filter["topic"]);
        Assert.Equal(CommunityKind.MutualAid, filter["kind"]);
        Assert.Equal("1", Introspection.DefaultValueText(search.GetArgument("resolution")!));
    }

    [Fact]
    public void Input_fields_are_typed_by_inference()
    {
        var filter = (InputObjectType)Build().GetType("Filter")!;

        Assert.Equal("What to keep.", filter.Description);
        Assert.Equal(
            ["topic: String!", "tags: [String!]", "kind: CommunityKind", "range: Range", "size: [Int!]"],
            filter.Fields.Select(f => f.ToString()));
        Assert.False(filter.GetField("topic")!.IsRequired);
        Assert.Equal(typeof(Filter), filter.RuntimeType);
    }

    [Fact]
    public void Create_binds_a_coerced_map_to_the_record_through_its_constructor()
    {
        var filter = (InputObjectType)Build().GetType("Filter")!;

        object created = filter.Create!(new Dictionary<string, object?>
        {
            ["topic"] = "climate",
            ["tags"] = new object?[] { "a", "b" },
            ["kind"] = CommunityKind.Charity,
            ["range"] = new Dictionary<string, object?> { ["low"] = 3 },
            ["size"] = new object?[] { 1, 2 },
        });

        var record = Assert.IsType<Filter>(created);
        Assert.Equal("climate", record.Topic);
        Assert.Equal(["a", "b"], record.Tags);
        Assert.Equal(CommunityKind.Charity, record.Kind);
        Assert.Equal(new Range(3), record.Range);
        Assert.Equal([1, 2], record.Sizes!);
    }

    [Fact]
    public void Absent_fields_leave_constructor_defaults_and_null()
    {
        var range = (InputObjectType)Build().GetType("Range")!;

        Assert.Equal(new Range(5, null), range.Create!(new Dictionary<string, object?> { ["low"] = 5 }));
        Assert.Equal(new Range(5, 9), range.Create!(new Dictionary<string, object?> { ["low"] = 5, ["high"] = 9 }));
    }

    [Fact]
    public void Create_sets_members_that_no_constructor_takes()
    {
        var settings = (InputObjectType)Build().GetType("Settings")!;

        var created = Assert.IsType<Settings>(settings.Create!(new Dictionary<string, object?> { ["name"] = "x", ["weight"] = 0.5 }));

        Assert.Equal("x", created.Name);
        Assert.Equal(0.5, created.Weight);
        Assert.Equal(1, Assert.IsType<Settings>(settings.Create!(new Dictionary<string, object?> { ["name"] = "y" })).Weight);
    }

    [Fact]
    public void Core_inputs_bind_to_their_records()
    {
        var input = (InputObjectType)CoreSchema.Builder().Create().GetType("CreateCommunityInput")!;

        object created = input.Create!(new Dictionary<string, object?>
        {
            ["name"] = "Tenants United",
            ["kind"] = CommunityKind.MutualAid,
            ["country"] = "ID",
            ["topics"] = new object?[] { "housing" },
        });

        var community = Assert.IsType<CreateCommunityInput>(created);
        Assert.Equal(("Tenants United", CommunityKind.MutualAid, "ID", null), (community.Name, community.Kind, community.Country, community.Platform));
        Assert.Equal(["housing"], community.Topics);
    }
}
