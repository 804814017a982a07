using GraphQL.Types;
using GraphQL.Types.Descriptors;

namespace Grains.Tests.GraphQL.CodeFirst;

public sealed class ExtensionTests
{
    public sealed record Person(string Name, int Age);

    private sealed class PersonType : ObjectType<Person>
    {
        protected override void Configure(IObjectTypeDescriptor<Person> descriptor) => descriptor.Field(p => p.Name);
    }

    private sealed class PersonAge : ObjectTypeExtension<Person>
    {
        protected override void Configure(IObjectTypeDescriptor<Person> descriptor) => descriptor.Field(p => p.Age);
    }

    private sealed class PersonQueries : ObjectTypeExtension
    {
        protected override void Configure(IObjectTypeDescriptor descriptor)
        {
            descriptor.Name("Query");
            descriptor.Field("person").Type<PersonType>().Resolve(_ => new Person("Ada", 36));
        }
    }

    private sealed class VersionQueries : ObjectTypeExtension
    {
        protected override void Configure(IObjectTypeDescriptor descriptor)
        {
            descriptor.Name("Query");
            descriptor.Field("version").Resolve(_ => 1);
        }
    }

    private sealed class NodeByName : InterfaceType<object>
    {
        protected override void Configure(IInterfaceTypeDescriptor<object> descriptor)
        {
            descriptor.Name("Named");
            descriptor.Field("name").Type<NonNullType<StringType>>();
        }
    }

    private sealed class PersonIsNamed : ObjectTypeExtension
    {
        protected override void Configure(IObjectTypeDescriptor descriptor)
        {
            descriptor.Name("Person");
            descriptor.Implements<NodeByName>();
        }
    }

    [Fact]
    public void Extensions_add_their_fields_after_the_types_own_in_registration_order()
    {
        Schema schema = SchemaBuilder.New()
            .AddQueryType(d => d.Name("Query").Field("hello").Resolve(_ => "hi"))
            .AddTypeExtension<VersionQueries>()
            .AddTypeExtension<PersonQueries>()
            .Create();

        Assert.Equal(["hello", "version", "person"], schema.QueryType!.Fields.Select(f => f.Name));
    }

    [Fact]
    public async Task An_extension_by_clr_type_adds_member_fields_to_the_bound_type()
    {
        Schema schema = SchemaBuilder.New()
            .AddQueryType(d => d.Name("Query"))
            .AddTypeExtension<PersonQueries>()
            .AddTypeExtension<PersonAge>()
            .Create();

        var person = (ObjectType)schema.GetType("Person")!;
        Assert.Equal(["name: String!", "age: Int!"], person.Fields.Select(f => f.ToString()));
        Assert.Equal(36, await FakeResolverContext.Resolve(person.GetField("age")!, new Person("Ada", 36)));
    }

    [Fact]
    public void An_extension_may_add_interfaces()
    {
        Schema schema = SchemaBuilder.New()
            .AddQueryType(d => d.Name("Query"))
            .AddTypeExtension<PersonQueries>()
            .AddTypeExtension<PersonIsNamed>()
            .Create();

        Assert.Equal(["Named"], ((ObjectType)schema.GetType("Person")!).Interfaces.Select(i => i.Name));
    }

    [Fact]
    public void Roots_that_are_not_named_conventionally_are_the_schemas_roots()
    {
        Schema schema = SchemaBuilder.New()
            .AddQueryType(d => d.Name("Root").Field("ok").Resolve(_ => true))
            .AddMutationType(d => d.Name("Change").Field("ok").Resolve(_ => true))
            .Create();

        Assert.Equal("Root", schema.QueryType!.Name);
        Assert.Equal("Change", schema.MutationType!.Name);
        Assert.StartsWith("schema {\n  query: Root\n  mutation: Change\n}", global::GraphQL.Utilities.SchemaPrinter.Print(schema));
    }
}
