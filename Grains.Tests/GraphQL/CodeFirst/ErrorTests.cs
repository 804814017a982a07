using GraphQL.Types;
using GraphQL.Types.Descriptors;

namespace Grains.Tests.GraphQL.CodeFirst;

public sealed class ErrorTests
{
    public sealed record Item(string Name, Guid Key);

    private sealed class DuplicateFields : ObjectType<Item>
    {
        protected override void Configure(IObjectTypeDescriptor<Item> descriptor)
        {
            descriptor.Name("Query");
            descriptor.Field(i => i.Name);
            descriptor.Field("name").Type<StringType>().Resolve(_ => "x");
        }
    }

    private sealed class ItemType : ObjectType<Item>
    {
        protected override void Configure(IObjectTypeDescriptor<Item> descriptor) => descriptor.Field(i => i.Name);
    }

    private sealed class ItemNameAgain : ObjectTypeExtension<Item>
    {
        protected override void Configure(IObjectTypeDescriptor<Item> descriptor) => descriptor.Field(i => i.Name);
    }

    private sealed class UnboundMember : ObjectType<Item>
    {
        protected override void Configure(IObjectTypeDescriptor<Item> descriptor)
        {
            descriptor.Name("Query");
            descriptor.Field(i => i.Key);
        }
    }

    private sealed class Unnamed<T> : ObjectType<List<T>>
    {
        protected override void Configure(IObjectTypeDescriptor<List<T>> descriptor) => descriptor.Field(l => l.Count);
    }

    private sealed class AnotherItemType : ObjectType<object>
    {
        protected override void Configure(IObjectTypeDescriptor<object> descriptor)
        {
            descriptor.Name("Item");
            descriptor.Field("other").Resolve(_ => 1);
        }
    }

    private sealed class OrphanExtension : ObjectTypeExtension
    {
        protected override void Configure(IObjectTypeDescriptor descriptor)
        {
            descriptor.Name("Nowhere");
            descriptor.Field("x").Resolve(_ => 1);
        }
    }

    private sealed class NamelessExtension : ObjectTypeExtension
    {
        protected override void Configure(IObjectTypeDescriptor descriptor) => descriptor.Field("x").Resolve(_ => 1);
    }

    private sealed class NotAnInterface : ObjectType<object>
    {
        protected override void Configure(IObjectTypeDescriptor<object> descriptor)
        {
            descriptor.Name("Query");
            descriptor.Implements<ItemType>();
            descriptor.Field("x").Resolve(_ => 1);
        }
    }

    private sealed class BadUnion : UnionType<object>
    {
        protected override void Configure(IUnionTypeDescriptor descriptor)
        {
            descriptor.Name("Bad");
            descriptor.Type<StringType>();
        }
    }

    private static SchemaValidationException Fails(CodeFirstSchemaBuilder builder) =>
        Assert.Throws<SchemaValidationException>(builder.Create);

    private static string OnlyError(CodeFirstSchemaBuilder builder) => Assert.Single(Fails(builder).Errors).Message;

    [Fact]
    public void A_field_declared_twice_in_a_type_is_refused()
    {
        Assert.Equal("Field \"Query.name\" is declared more than once.", OnlyError(SchemaBuilder.New().AddQueryType<DuplicateFields>()));
    }

    [Fact]
    public void A_field_declared_by_a_type_and_by_an_extension_is_refused()
    {
        CodeFirstSchemaBuilder builder = SchemaBuilder.New()
            .AddQueryType(d => d.Name("Query").Field("item").Type<ItemType>().Resolve(_ => (Item?)null))
            .AddTypeExtension<ItemNameAgain>();

        Assert.Equal("Field \"Item.name\" is declared more than once.", OnlyError(builder));
    }

    [Fact]
    public void A_reference_to_an_unknown_type_name_is_refused()
    {
        CodeFirstSchemaBuilder builder = SchemaBuilder.New()
            .AddQueryType(d => d.Name("Query").Field("x").Type("[Missing!]").Resolve(_ => 1));

        Assert.Equal("\"Query.x\" refers to the unknown type \"Missing\".", OnlyError(builder));
    }

    [Fact]
    public void A_clr_type_no_graphql_type_is_bound_to_is_refused()
    {
        Assert.Equal(
            "\"Query.key\" has the CLR type Guid, which no output type is bound to: declare the type with .Type<...>() or register a type bound to it.",
            OnlyError(SchemaBuilder.New().AddQueryType<UnboundMember>()));
    }

    [Fact]
    public void A_field_without_a_type_is_refused()
    {
        CodeFirstSchemaBuilder builder = SchemaBuilder.New().AddQueryType(d => d.Name("Query").Field("x"));

        Assert.Equal("\"Query.x\" has no type: call .Type<...>().", OnlyError(builder));
    }

    [Fact]
    public void An_argument_without_a_type_is_refused()
    {
        CodeFirstSchemaBuilder builder = SchemaBuilder.New()
            .AddQueryType(d => d.Name("Query").Field("x").Argument("a", _ => { }).Resolve(_ => 1));

        Assert.Equal("\"Query.x(a:)\" has no type: call .Type<...>().", OnlyError(builder));
    }

    [Fact]
    public void A_generic_type_without_a_name_is_refused()
    {
        Assert.Equal(
            "Unnamed`1 must name its type: call descriptor.Name(...).",
            OnlyError(SchemaBuilder.New().AddQueryType<Unnamed<int>>()));
    }

    [Fact]
    public void Two_types_of_one_name_are_refused()
    {
        CodeFirstSchemaBuilder builder = SchemaBuilder.New()
            .AddQueryType(d => d.Name("Query").Field("item").Type<ItemType>().Resolve(_ => (Item?)null))
            .AddType<AnotherItemType>();

        Assert.Equal("Two types are named \"Item\": AnotherItemType and ItemType.", OnlyError(builder));
    }

    [Fact]
    public void A_clr_type_bound_to_two_types_is_not_inferred()
    {
        CodeFirstSchemaBuilder builder = SchemaBuilder.New()
            .AddType<ItemType>()
            .AddType<ItemAgainType>()
            .AddQueryType(d => d.Name("Query").Field("item").Resolve(_ => new Item("a", default)));

        Assert.Equal(
            "\"Query.item\" has the CLR type Item, which is bound to both Item and ItemAgain: declare the type with .Type<...>().",
            OnlyError(builder));
    }

    private sealed class ItemAgainType : ObjectType<Item>
    {
        protected override void Configure(IObjectTypeDescriptor<Item> descriptor)
        {
            descriptor.Name("ItemAgain");
            descriptor.Field(i => i.Name);
        }
    }

    [Fact]
    public void An_extension_of_a_type_that_is_not_there_is_refused()
    {
        CodeFirstSchemaBuilder builder = SchemaBuilder.New()
            .AddQueryType(d => d.Name("Query").Field("x").Resolve(_ => 1))
            .AddTypeExtension<OrphanExtension>()
            .AddTypeExtension<NamelessExtension>();

        Assert.Equal(
            ["NamelessExtension must name the type it extends: call descriptor.Name(...).",
             "OrphanExtension extends \"Nowhere\", which is not an object type of this schema."],
            Fails(builder).Errors.Select(e => e.Message));
    }

    [Fact]
    public void Implementing_a_type_that_is_not_an_interface_is_refused()
    {
        Assert.Equal(
            "Type \"Query\" can only implement interfaces, but ItemType is \"Item\".",
            Fails(SchemaBuilder.New().AddQueryType<NotAnInterface>()).Errors[0].Message);
    }

    [Fact]
    public void A_union_member_that_is_not_an_object_type_is_refused()
    {
        CodeFirstSchemaBuilder builder = SchemaBuilder.New()
            .AddQueryType(d => d.Name("Query").Field("x").Type<BadUnion>().Resolve(_ => 1));

        Assert.Equal("Union \"Bad\" can only include object types, but StringType is \"String\".", Fails(builder).Errors[0].Message);
    }

    [Fact]
    public void A_default_that_the_type_cannot_hold_is_refused()
    {
        CodeFirstSchemaBuilder builder = SchemaBuilder.New()
            .AddQueryType(d => d.Name("Query").Field("x").Argument("a", a => a.Type<NonNullType<IntType>>().DefaultValue("ten")).Resolve(_ => 1));

        Assert.Equal("Default value ten of \"Query.x(a:)\" is not a valid \"Int!\".", OnlyError(builder));
    }

    [Fact]
    public void The_built_schema_goes_through_the_same_validation_as_sdl()
    {
        CodeFirstSchemaBuilder builder = SchemaBuilder.New()
            .AddQueryType(d => d.Name("Query").Field("__x").Resolve(_ => 1))
            .AddType<EmptyType>();

        Assert.Equal(
            ["Name \"__x\" must not begin with \"__\", which is reserved by GraphQL introspection.",
             "Type Empty must define one or more fields."],
            Fails(builder).Errors.Select(e => e.Message));
    }

    private sealed class EmptyType : ObjectType<object>
    {
        protected override void Configure(IObjectTypeDescriptor<object> descriptor) => descriptor.Name("Empty");
    }

    [Fact]
    public void A_resolver_returning_a_bare_task_is_refused_where_it_is_declared()
    {
        var error = Assert.Throws<ArgumentException>(() => SchemaBuilder.New().AddQueryType(d => d.Name("Query").Field("x").Resolve(_ => Task.CompletedTask)).Create());

        Assert.StartsWith("The resolver of \"x\" returns a Task without a value; return Task<T> or ValueTask<T>.", error.Message);
    }

    [Fact]
    public void Only_subscription_fields_may_subscribe()
    {
        CodeFirstSchemaBuilder builder = SchemaBuilder.New()
            .AddQueryType(d => d.Name("Query").Field("ticks").Subscribe(_ => AsyncEnumerable.Empty<int>()));

        Assert.Equal("\"Query.ticks\" subscribes, but only fields of the subscription type can.", OnlyError(builder));
    }

    [Fact]
    public void A_member_expression_must_read_a_member_of_the_parameter()
    {
        var error = Assert.Throws<ArgumentException>(() => SchemaBuilder.New().AddQueryType<ComputedMember>().Create());

        Assert.StartsWith("Expected a property or field of the parameter, like x => x.Name, but got i => i.Name.ToUpper()", error.Message);
    }

    private sealed class ComputedMember : ObjectType<Item>
    {
        protected override void Configure(IObjectTypeDescriptor<Item> descriptor) => descriptor.Field(i => i.Name.ToUpper());
    }
}
