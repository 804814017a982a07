using GraphQL.Types;
using GraphQL.Types.Descriptors;

namespace Grains.Tests.GraphQL.CodeFirst;

public sealed class AbstractTypeTests
{
    public interface IPet
    {
        string Name { get; }
    }

    public interface INamed
    {
        string Name { get; }
    }

    public sealed record Dog(string Name, bool Barks) : IPet, INamed;

    public sealed record Cat(string Name, int Lives) : IPet;

    private sealed class PetType : InterfaceType<IPet>
    {
        protected override void Configure(IInterfaceTypeDescriptor<IPet> descriptor)
        {
            descriptor.Description("Kept at home.");
            descriptor.Field(p => p.Name);
        }
    }

    private sealed class NamedPetType : InterfaceType<INamed>
    {
        protected override void Configure(IInterfaceTypeDescriptor<INamed> descriptor)
        {
            descriptor.Name("NamedPet");
            descriptor.Field(p => p.Name);
            descriptor.ResolveType(value => value is Dog ? "Dog" : null);
        }
    }

    private sealed class DogType : ObjectType<Dog>
    {
        protected override void Configure(IObjectTypeDescriptor<Dog> descriptor)
        {
            descriptor.Implements<PetType>();
            descriptor.Implements<NamedPetType>();
            descriptor.Field(d => d.Name);
            descriptor.Field(d => d.Barks);
        }
    }

    private sealed class CatType : ObjectType<Cat>
    {
        protected override void Configure(IObjectTypeDescriptor<Cat> descriptor)
        {
            descriptor.Implements<PetType>();
            descriptor.IsOfType(value => value is Cat { Lives: > 0 });
            descriptor.Field(c => c.Name);
            descriptor.Field(c => c.Lives);
        }
    }

    private sealed class AnimalType : UnionType<object>
    {
        protected override void Configure(IUnionTypeDescriptor descriptor)
        {
            descriptor.Name("Animal");
            descriptor.Type<DogType>();
            descriptor.Type<CatType>();
            descriptor.ResolveType(value => value is Cat ? "Cat" : "Dog");
        }
    }

    private sealed class PetQuery : ObjectType<object>
    {
        protected override void Configure(IObjectTypeDescriptor<object> descriptor)
        {
            descriptor.Name("Query");
            descriptor.Field("pets").Resolve(_ => new List<IPet>());
            descriptor.Field("animal").Type<AnimalType>().Resolve(_ => (object?)null);
            descriptor.Field("named").Type<NamedPetType>().Resolve(_ => (INamed?)null);
        }
    }

    private static Schema Build() => SchemaBuilder.New().AddQueryType<PetQuery>().Create();

    [Fact]
    public void Object_types_carry_their_clr_type_and_interfaces()
    {
        Schema schema = Build();
        var pet = (InterfaceType)schema.GetType("Pet")!;
        var dog = (ObjectType)schema.GetType("Dog")!;

        Assert.Equal("Kept at home.", pet.Description);
        Assert.Equal(typeof(Dog), dog.RuntimeType);
        Assert.Equal(["Pet", "NamedPet"], dog.Interfaces.Select(i => i.Name));
        Assert.Equal(["Dog", "Cat"], schema.GetPossibleTypes(pet).Select(t => t.Name));
    }

    [Fact]
    public void A_list_of_a_clr_interface_infers_the_interface_type_bound_to_it()
    {
        Assert.Equal("[Pet]", Build().QueryType!.GetField("pets")!.Type.ToString());
    }

    [Fact]
    public void IsOfType_is_wired_to_the_object_type()
    {
        var cat = (ObjectType)Build().GetType("Cat")!;

        Assert.True(cat.IsTypeOf!(new Cat("Tom", 9)));
        Assert.False(cat.IsTypeOf!(new Cat("Tom", 0)));
        Assert.Null(((ObjectType)Build().GetType("Dog")!).IsTypeOf);
    }

    [Fact]
    public void ResolveType_names_map_to_the_schema_object_types()
    {
        Schema schema = Build();
        var animal = (UnionType)schema.GetType("Animal")!;
        var named = (InterfaceType)schema.GetType("NamedPet")!;
        var context = new FakeResolverContext(null);

        Assert.Same(schema.GetType("Cat"), animal.ResolveType!(new Cat("Tom", 9), context));
        Assert.Same(schema.GetType("Dog"), animal.ResolveType!(new Dog("Rex", true), context));
        Assert.Same(schema.GetType("Dog"), named.ResolveType!(new Dog("Rex", true), context));
        Assert.Null(named.ResolveType!(new Cat("Tom", 9), context));
        Assert.Null(((InterfaceType)schema.GetType("Pet")!).ResolveType);
    }

    [Fact]
    public void Union_members_keep_declaration_order()
    {
        Assert.Equal(["Dog", "Cat"], ((UnionType)Build().GetType("Animal")!).Types.Select(t => t.Name));
    }
}
