namespace GraphQL.Types;

/// <summary>
/// The introspection types of spec section 4.2 (__Schema, __Type, __TypeKind, __Field,
/// __InputValue, __EnumValue, __Directive, __DirectiveLocation) and the three meta-fields
/// __schema, __type and __typename. Every schema includes these types after its own; resolvers
/// for them belong to the executor.
/// </summary>
public static class Introspection
{
    // Spec section 4.2.1 (September 2025), in the field order graphql-js uses.
    private const string Sdl = """
        "A GraphQL service's collective type system capabilities: its types, directives and root operation types."
        type __Schema {
          description: String
          "Every named type the schema contains."
          types: [__Type!]!
          "The type query operations start from."
          queryType: __Type!
          "The type mutation operations start from, if mutations are supported."
          mutationType: __Type
          "The type subscription operations start from, if subscriptions are supported."
          subscriptionType: __Type
          "Every directive the schema supports."
          directives: [__Directive!]!
        }

        "A type of the schema, named or a list or non-null wrapper. Which fields apply depends on `kind`."
        type __Type {
          kind: __TypeKind!
          name: String
          description: String
          specifiedByURL: String
          fields(includeDeprecated: Boolean = false): [__Field!]
          interfaces: [__Type!]
          possibleTypes: [__Type!]
          enumValues(includeDeprecated: Boolean = false): [__EnumValue!]
          inputFields(includeDeprecated: Boolean = false): [__InputValue!]
          ofType: __Type
          isOneOf: Boolean
        }

        "The kinds of type `__Type` can describe."
        enum __TypeKind {
          SCALAR
          OBJECT
          INTERFACE
          UNION
          ENUM
          INPUT_OBJECT
          LIST
          NON_NULL
        }

        "A field of an object or interface type."
        type __Field {
          name: String!
          description: String
          args(includeDeprecated: Boolean = false): [__InputValue!]!
          type: __Type!
          isDeprecated: Boolean!
          deprecationReason: String
        }

        "An argument of a field or directive, or a field of an input object."
        type __InputValue {
          name: String!
          description: String
          type: __Type!
          "The default value as GraphQL source text, if there is one."
          defaultValue: String
          isDeprecated: Boolean!
          deprecationReason: String
        }

        "One value of an enum type."
        type __EnumValue {
          name: String!
          description: String
          isDeprecated: Boolean!
          deprecationReason: String
        }

        "A directive the schema supports, with where it may be used."
        type __Directive {
          name: String!
          description: String
          isRepeatable: Boolean!
          locations: [__DirectiveLocation!]!
          args(includeDeprecated: Boolean = false): [__InputValue!]!
        }

        "Where a directive may appear."
        enum __DirectiveLocation {
          QUERY
          MUTATION
          SUBSCRIPTION
          FIELD
          FRAGMENT_DEFINITION
          FRAGMENT_SPREAD
          INLINE_FRAGMENT
          VARIABLE_DEFINITION
          SCHEMA
          SCALAR
          OBJECT
          FIELD_DEFINITION
          ARGUMENT_DEFINITION
          INTERFACE
          UNION
          ENUM
          ENUM_VALUE
          INPUT_OBJECT
          INPUT_FIELD_DEFINITION
        }
        """;

    private static readonly Dictionary<string, NamedType> TypesByName = BuildTypes();

    public static ObjectType SchemaType { get; } = (ObjectType)TypesByName["__Schema"];

    public static ObjectType TypeType { get; } = (ObjectType)TypesByName["__Type"];

    public static EnumType TypeKindType { get; } = (EnumType)TypesByName["__TypeKind"];

    public static ObjectType FieldType { get; } = (ObjectType)TypesByName["__Field"];

    public static ObjectType InputValueType { get; } = (ObjectType)TypesByName["__InputValue"];

    public static ObjectType EnumValueType { get; } = (ObjectType)TypesByName["__EnumValue"];

    public static ObjectType DirectiveType { get; } = (ObjectType)TypesByName["__Directive"];

    public static EnumType DirectiveLocationType { get; } = (EnumType)TypesByName["__DirectiveLocation"];

    /// <summary>__schema: __Schema! — available on the query root type only.</summary>
    public static FieldDefinition SchemaField { get; } = new("__schema", new NonNullType(SchemaType))
    {
        Description = "Access the current type schema of this server.",
    };

    /// <summary>__type(name: String!): __Type — available on the query root type only.</summary>
    public static FieldDefinition TypeField { get; } = CreateTypeField();

    /// <summary>__typename: String! — available on every object, interface and union type.</summary>
    public static FieldDefinition TypeNameField { get; } = new("__typename", new NonNullType(BuiltInScalars.String))
    {
        Description = "The name of the current Object type at runtime.",
    };

    /// <summary>
    /// __InputValue.defaultValue: the default as GraphQL source, printed the way graphql-js prints
    /// it (through astFromValue), or null when there is none.
    /// </summary>
    public static string? DefaultValueText(InputValue value) =>
        value.HasDefaultValue && Utilities.AstFromValue.Convert(value.DefaultValue, value.Type) is { } literal
            ? Language.Printer.Print(literal)
            : null;

    /// <summary>The eight introspection types, in graphql-js's order.</summary>
    public static IReadOnlyList<NamedType> Types { get; } =
        [SchemaType, TypeType, TypeKindType, FieldType, InputValueType, EnumValueType, DirectiveType, DirectiveLocationType];

    public static NamedType? Find(string name) =>
        name.StartsWith("__", StringComparison.Ordinal) && TypesByName.TryGetValue(name, out NamedType? type) ? type : null;

    public static bool IsIntrospectionType(NamedType type) => ReferenceEquals(Find(type.Name), type);

    // Only the introspection types themselves (the builder also returns the built-in scalars).
    private static Dictionary<string, NamedType> BuildTypes()
    {
        var types = new Dictionary<string, NamedType>(StringComparer.Ordinal);
        foreach ((string name, NamedType type) in SchemaBuilder.BuildTypesUnchecked(Sdl))
        {
            if (name.StartsWith("__", StringComparison.Ordinal))
            {
                types[name] = type;
            }
        }

        return types;
    }

    private static FieldDefinition CreateTypeField()
    {
        var field = new FieldDefinition("__type", TypeType) { Description = "Request the type information of a single type." };
        field.AddArgument(new Argument("name", new NonNullType(BuiltInScalars.String)));
        return field;
    }
}
