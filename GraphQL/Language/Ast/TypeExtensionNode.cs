namespace GraphQL.Language.Ast;

/// <summary>TypeExtension, spec section 3.4.3: extend scalar/type/interface/union/enum/input.</summary>
public abstract class TypeExtensionNode : TypeSystemExtensionNode
{
    public required NameNode Name { get; init; }
}
