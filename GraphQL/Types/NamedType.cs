namespace GraphQL.Types;

/// <summary>One of the six kinds of named type (spec section 3.4).</summary>
public abstract class NamedType : GraphQLType
{
    protected NamedType(string name)
    {
        Name = name;
    }

    public string Name { get; }

    public string? Description { get; set; }

    public override NamedType GetNamedType() => this;

    public override string ToString() => Name;
}
