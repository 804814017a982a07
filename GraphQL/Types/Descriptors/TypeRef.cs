using GraphQL.Language.Ast;

namespace GraphQL.Types.Descriptors;

/// <summary>How a field, argument or input field names its type, resolved when the schema is built.</summary>
internal abstract class TypeRef
{
    public static TypeRef Marker<TType>() where TType : IGraphType => new MarkerRef(typeof(TType));

    public static TypeRef Sdl(string typeReference) => new SdlRef(Language.Parser.ParseType(typeReference));
}

/// <summary>A code-first type class or wrapper: <c>NonNullType&lt;UserType&gt;</c>.</summary>
internal sealed class MarkerRef(Type marker) : TypeRef
{
    public Type Marker { get; } = marker;
}

/// <summary>A type in SDL notation, resolved by name.</summary>
internal sealed class SdlRef(TypeNode node) : TypeRef
{
    public TypeNode Node { get; } = node;
}

/// <summary>
/// A CLR type to infer from. Nullability comes from the member's annotations; without them
/// (a resolver lambda's result) a reference type is nullable.
/// </summary>
internal sealed class ClrRef(Type type, TypeNullability? nullability) : TypeRef
{
    public Type Type { get; } = type;

    public TypeNullability? Nullability { get; } = nullability;
}
