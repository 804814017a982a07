namespace GraphQL.Types.Descriptors;

/// <summary>Declares the members of a union type (<see cref="UnionType{T}"/>).</summary>
public interface IUnionTypeDescriptor
{
    IUnionTypeDescriptor Name(string name);

    IUnionTypeDescriptor Description(string description);

    /// <summary>Adds a member: an object type class.</summary>
    IUnionTypeDescriptor Type<TObjectType>() where TObjectType : TypeDefinition;

    /// <summary>Names the member type of a resolved value; without it each member is asked.</summary>
    IUnionTypeDescriptor ResolveType(Func<object, string?> typeName);
}
