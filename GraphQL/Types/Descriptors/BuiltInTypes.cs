namespace GraphQL.Types.Descriptors;

/// <summary>The built-in <c>String</c> scalar in code-first type references.</summary>
public sealed class StringType : TypeDefinition
{
    internal override NamedType CreateType(TypeRegistry registry) => BuiltInScalars.String;
}

/// <summary>The built-in <c>Int</c> scalar in code-first type references.</summary>
public sealed class IntType : TypeDefinition
{
    internal override NamedType CreateType(TypeRegistry registry) => BuiltInScalars.Int;
}

/// <summary>The built-in <c>Float</c> scalar in code-first type references.</summary>
public sealed class FloatType : TypeDefinition
{
    internal override NamedType CreateType(TypeRegistry registry) => BuiltInScalars.Float;
}

/// <summary>The built-in <c>Boolean</c> scalar in code-first type references.</summary>
public sealed class BooleanType : TypeDefinition
{
    internal override NamedType CreateType(TypeRegistry registry) => BuiltInScalars.Boolean;
}

/// <summary>The built-in <c>ID</c> scalar in code-first type references.</summary>
public sealed class IdType : TypeDefinition
{
    internal override NamedType CreateType(TypeRegistry registry) => BuiltInScalars.ID;
}
