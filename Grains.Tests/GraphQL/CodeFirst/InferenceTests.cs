using GraphQL.Types;
using GraphQL.Types.Descriptors;
using GraphQL.Utilities;

namespace Grains.Tests.GraphQL.CodeFirst;

public sealed class InferenceTests
{
    public enum Mood { Calm, VeryAngry, HTTPError }

    public sealed record Thing(
        string Name,
        string? Nickname,
        int Count,
        int? MaybeCount,
        long Version,
        double Score,
        float Ratio,
        bool Active,
        DateTimeOffset At,
        IEnumerable<string> Tags,
        List<string?>? Notes,
        int[] Numbers,
        IReadOnlyList<int?> Gaps,
        Mood Mood,
        Mood? MaybeMood,
        PageInfo Page,
        PageInfo? MaybePage,
        string URLPath);

    public sealed record Box<T>(T Value, T? Maybe, IReadOnlyList<T> Values);

    private sealed class ThingType : ObjectType<Thing>
    {
        protected override void Configure(IObjectTypeDescriptor<Thing> descriptor)
        {
            descriptor.Field(t => t.Name);
            descriptor.Field(t => t.Nickname);
            descriptor.Field(t => t.Count);
            descriptor.Field(t => t.MaybeCount);
            descriptor.Field(t => t.Version);
            descriptor.Field(t => t.Score);
            descriptor.Field(t => t.Ratio);
            descriptor.Field(t => t.Active);
            descriptor.Field(t => t.At);
            descriptor.Field(t => t.Tags);
            descriptor.Field(t => t.Notes);
            descriptor.Field(t => t.Numbers);
            descriptor.Field(t => t.Gaps);
            descriptor.Field(t => t.Mood);
            descriptor.Field(t => t.MaybeMood);
            descriptor.Field(t => t.Page);
            descriptor.Field(t => t.MaybePage);
            descriptor.Field(t => t.URLPath);
            descriptor.Field(t => t.Name).Name("label").Type<IdType>();
            descriptor.Field("fromInt").Resolve(_ => 5);
            descriptor.Field("fromString").Resolve(_ => "x");
            descriptor.Field("fromTask").Resolve(_ => Task.FromResult(5L));
            descriptor.Field("fromValueTask").Resolve(_ => ValueTask.FromResult(true));
        }
    }

    private sealed class StringBoxType : ObjectType<Box<string>>
    {
        protected override void Configure(IObjectTypeDescriptor<Box<string>> descriptor)
        {
            descriptor.Name("StringBox");
            descriptor.Field(b => b.Value);
            descriptor.Field(b => b.Maybe);
            descriptor.Field(b => b.Values);
        }
    }

    private sealed class IntBoxType : ObjectType<Box<int>>
    {
        protected override void Configure(IObjectTypeDescriptor<Box<int>> descriptor)
        {
            descriptor.Name("IntBox");
            descriptor.Field(b => b.Value);
            descriptor.Field(b => b.Values);
        }
    }

    private static Schema Build() => SchemaBuilder.New()
        .AddType<LongType>()
        .AddType<DateTimeType>()
        .AddType<PageInfoType>()
        .AddType<StringBoxType>()
        .AddType<IntBoxType>()
        .AddQueryType<ThingType>()
        .Create();

    [Theory]
    [InlineData("name", "String!")]
    [InlineData("nickname", "String")]
    [InlineData("count", "Int!")]
    [InlineData("maybeCount", "Int")]
    [InlineData("version", "Long!")]
    [InlineData("score", "Float!")]
    [InlineData("ratio", "Float!")]
    [InlineData("active", "Boolean!")]
    [InlineData("at", "DateTime!")]
    [InlineData("tags", "[String!]!")]
    [InlineData("notes", "[String]")]
    [InlineData("numbers", "[Int!]!")]
    [InlineData("gaps", "[Int]!")]
    [InlineData("mood", "Mood!")]
    [InlineData("maybeMood", "Mood")]
    [InlineData("page", "PageInfo!")]
    [InlineData("maybePage", "PageInfo")]
    [InlineData("urlPath", "String!")]
    [InlineData("label", "ID")]
    [InlineData("fromInt", "Int!")]
    [InlineData("fromString", "String")]
    [InlineData("fromTask", "Long!")]
    [InlineData("fromValueTask", "Boolean!")]
    public void Field_types_are_inferred_from_clr_types_and_annotations(string field, string expected)
    {
        Assert.Equal(expected, Build().QueryType!.GetField(field)!.Type.ToString());
    }

    [Fact]
    public void Members_of_generic_types_keep_their_annotations()
    {
        Schema schema = Build();

        var strings = (ObjectType)schema.GetType("StringBox")!;
        Assert.Equal(["value: String!", "maybe: String", "values: [String!]!"], strings.Fields.Select(f => f.ToString()));
        var ints = (ObjectType)schema.GetType("IntBox")!;
        Assert.Equal(["value: Int!", "values: [Int!]!"], ints.Fields.Select(f => f.ToString()));
    }

    [Fact]
    public void Fields_keep_declaration_order()
    {
        Assert.Equal(
            ["name", "nickname", "count", "maybeCount", "version", "score", "ratio", "active", "at", "tags", "notes", "numbers", "gaps",
             "mood", "maybeMood", "page", "maybePage", "urlPath", "label", "fromInt", "fromString", "fromTask", "fromValueTask"],
            Build().QueryType!.Fields.Select(f => f.Name));
    }

    [Fact]
    public void An_inferred_enum_is_created_with_upper_snake_case_values_bound_to_the_members()
    {
        var mood = (EnumType)Build().GetType("Mood")!;

        Assert.Equal(["CALM", "VERY_ANGRY", "HTTP_ERROR"], mood.Values.Select(v => v.Name));
        Assert.Equal(Mood.VeryAngry, mood.GetValue("VERY_ANGRY")!.Value);
        Assert.Same(mood.GetValue("CALM"), mood.FindByValue(Mood.Calm));
    }

    [Fact]
    public async Task Member_fields_resolve_by_reading_the_member_and_resolvers_unwrap_tasks()
    {
        Schema schema = Build();
        var thing = new Thing("n", null, 3, null, 9, 0, 0, true, default, ["a"], null, [], [], Mood.Calm, null, new(false, false, null, null), null, "/p");

        Assert.Equal("n", await FakeResolverContext.Resolve(schema.QueryType!.GetField("label")!, thing));
        Assert.Equal(9L, await FakeResolverContext.Resolve(schema.QueryType.GetField("version")!, thing));
        Assert.Equal(5L, await FakeResolverContext.Resolve(schema.QueryType.GetField("fromTask")!, thing));
        Assert.Equal(true, await FakeResolverContext.Resolve(schema.QueryType.GetField("fromValueTask")!, thing));
    }

    [Fact]
    public void A_custom_scalar_serializes_through_its_typed_hooks_and_refuses_other_values()
    {
        var longType = (ScalarType)Build().GetType("Long")!;

        Assert.Equal(7L, longType.Serialize(7L));
        Assert.Equal(7L, longType.Serialize(7));
        Assert.Null(longType.Serialize(null));
        Assert.Equal("Long cannot represent value: x", Assert.Throws<ScalarCoercionException>(() => longType.Serialize("x")).Message);
        Assert.Equal(12L, longType.ParseLiteral(global::GraphQL.Language.Parser.ParseValue("12"), null));
    }

    [Fact]
    public void An_explicit_binding_overrides_the_built_in_scalar_of_a_clr_type()
    {
        Schema schema = SchemaBuilder.New()
            .BindRuntimeType<string, CountryCodeType>()
            .AddQueryType<ThingType>()
            .AddType<LongType>()
            .AddType<DateTimeType>()
            .AddType<PageInfoType>()
            .Create();

        Assert.Equal("CountryCode!", schema.QueryType!.GetField("name")!.Type.ToString());
        Assert.Equal("[CountryCode!]!", schema.QueryType.GetField("tags")!.Type.ToString());
    }

    [Fact]
    public void The_schema_prints_like_the_same_schema_written_in_sdl()
    {
        Schema codeFirst = SchemaBuilder.New()
            .AddQueryType(d => d.Name("Query").Description("The root."))
            .AddTypeExtension<DescribedFields>()
            .Create();
        const string sdl = """
            "The root."
            type Query {
              "Says hello."
              hello(
                "Whom to greet."
                name: String = "world"
              ): String! @deprecated(reason: "Use greet.")
              greet(names: [String!] = ["a", "b"]): String @deprecated
            }
            """;

        Assert.Equal(SchemaPrinter.Print(SchemaBuilder.Build(sdl)), SchemaPrinter.Print(codeFirst));
    }

    private sealed class DescribedFields : ObjectTypeExtension
    {
        protected override void Configure(IObjectTypeDescriptor descriptor)
        {
            descriptor.Name("Query");
            descriptor.Field("hello")
                .Description("Says hello.")
                .Argument("name", a => a.Type<StringType>().Description("Whom to greet.").DefaultValue("world"))
                .Deprecated("Use greet.")
                .Type("String!")
                .Resolve(ctx => "hello " + ctx.ArgumentValue<string>("name"));
            descriptor.Field("greet")
                .Argument("names", a => a.Type<ListType<NonNullType<StringType>>>().DefaultValue(new[] { "a", "b" }))
                .Deprecated()
                .Resolve(_ => "hi");
        }
    }
}
