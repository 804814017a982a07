using GraphQL.Language.Ast;
using GraphQL.Types;
using GraphQL.Types.Descriptors;
using GraphQL.Utilities;

namespace Grains.Tests.GraphQL.CodeFirst;

/// <summary>Descriptions, deprecations and @specifiedBy declared in code print as the same SDL does.</summary>
public sealed class DescriptionTests
{
    public enum Tone { Warm, Cold, Lukewarm }

    public interface IShape
    {
        double Area { get; }
    }

    public sealed record Square(double Area, double Side) : IShape;

    public sealed record Filter(string? Name, int Limit);

    private sealed class ToneType : EnumType<Tone>
    {
        protected override void Configure(IEnumTypeDescriptor<Tone> descriptor)
        {
            descriptor.Description("How it feels.");
            descriptor.Value(Tone.Warm).Description("Near the fire.");
            descriptor.Value(Tone.Lukewarm).Deprecated("Pick one.");
        }
    }

    private sealed class ShapeType : InterfaceType<IShape>
    {
        protected override void Configure(IInterfaceTypeDescriptor<IShape> descriptor)
        {
            descriptor.Description("Anything with an area.");
            descriptor.Field(s => s.Area).Description("In square metres.");
        }
    }

    private sealed class SquareType : ObjectType<Square>
    {
        protected override void Configure(IObjectTypeDescriptor<Square> descriptor)
        {
            descriptor.Description("Four equal sides.");
            descriptor.Implements<ShapeType>();
            descriptor.Field(s => s.Area).Description("In square metres.");
            descriptor.Field(s => s.Side).Deprecated();
        }
    }

    private sealed class AnyShapeType : UnionType<object>
    {
        protected override void Configure(IUnionTypeDescriptor descriptor)
        {
            descriptor.Name("AnyShape").Description("One of the shapes.");
            descriptor.Type<SquareType>();
        }
    }

    private sealed class FilterType : InputObjectType<Filter>
    {
        protected override void Configure(IInputObjectTypeDescriptor<Filter> descriptor)
        {
            descriptor.Description("Which shapes.");
            descriptor.Field(f => f.Name).Description("Exact name.").Deprecated("Use search.");
            descriptor.Field(f => f.Limit).DefaultValue(5);
        }
    }

    private sealed class UrlType() : ScalarType<string>("Url")
    {
        public override object? Serialize(string value) => value;

        public override string ParseValue(object value) => (string)value;

        public override string ParseLiteral(ValueNode literal) => ((StringValueNode)literal).Value;
    }

    private sealed class ShapeQueries : ObjectTypeExtension
    {
        protected override void Configure(IObjectTypeDescriptor descriptor)
        {
            descriptor.Name("Query");
            descriptor.Field("shapes")
                .Argument("filter", a => a.Type<FilterType>().Description("Which ones."))
                .Argument("old", a => a.Type<IntType>().Deprecated())
                .Type<NonNullType<ListType<NonNullType<AnyShapeType>>>>()
                .Resolve(_ => Array.Empty<Square>());
            descriptor.Field("tone").Resolve(_ => Tone.Warm);
            descriptor.Field("home").Resolve(_ => "https://example.org");
            descriptor.Field("link").Type<UrlType>().Resolve(_ => "https://example.org");
        }
    }

    [Fact]
    public void Descriptions_deprecations_and_specified_by_print_as_in_sdl()
    {
        Schema codeFirst = SchemaBuilder.New()
            .AddType(new UrlType { Description = "A web address.", SpecifiedByUrl = "https://url.spec.whatwg.org/" })
            .AddType<ToneType>()
            .AddType<ShapeType>()
            .AddType<SquareType>()
            .AddType<AnyShapeType>()
            .AddType<FilterType>()
            .AddQueryType(d => d.Name("Query"))
            .AddTypeExtension<ShapeQueries>()
            .Create();
        const string sdl = """
            "A web address."
            scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")

            "How it feels."
            enum Tone {
              "Near the fire."
              WARM
              COLD
              LUKEWARM @deprecated(reason: "Pick one.")
            }

            "Anything with an area."
            interface Shape {
              "In square metres."
              area: Float!
            }

            "Four equal sides."
            type Square implements Shape {
              "In square metres."
              area: Float!
              side: Float! @deprecated
            }

            "One of the shapes."
            union AnyShape = Square

            "Which shapes."
            input Filter {
              "Exact name."
              name: String @deprecated(reason: "Use search.")
              limit: Int! = 5
            }

            type Query {
              shapes(
                "Which ones."
                filter: Filter
                old: Int @deprecated
              ): [AnyShape!]!
              tone: Tone!
              home: String
              link: Url
            }
            """;

        Assert.Equal(SchemaPrinter.Print(SchemaBuilder.Build(sdl)), SchemaPrinter.Print(codeFirst));
    }
}
