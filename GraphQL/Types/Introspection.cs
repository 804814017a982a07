namespace GraphQL.Types;

/// <summary>
/// The introspection types of spec section 4.2 (__Schema, __Type, __TypeKind, __Field,
/// __InputValue, __EnumValue, __Directive, __DirectiveLocation) and the three meta-fields
/// __schema, __type and __typename. Every schema includes these types after its own; their
/// resolvers are in Introspection.Resolvers.cs.
/// </summary>
public static partial class Introspection
{
    // Spec section 4.2 (September 2025), with graphql-js 16's descriptions and field order, so
    // that introspection answers exactly as graphql-js does (its experimental directive
    // deprecation, not in the spec, is left out).
    private const string Sdl = """"
        """
        A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.
        """
        type __Schema {
          description: String

          """A list of all types supported by this server."""
          types: [__Type!]!

          """The type that query operations will be rooted at."""
          queryType: __Type!

          """
          If this server supports mutation, the type that mutation operations will be rooted at.
          """
          mutationType: __Type

          """
          If this server support subscription, the type that subscription operations will be rooted at.
          """
          subscriptionType: __Type

          """A list of all directives supported by this server."""
          directives: [__Directive!]!
        }

        """
        The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.

        Depending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.
        """
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

        """An enum describing what kind of type a given `__Type` is."""
        enum __TypeKind {
          """Indicates this type is a scalar."""
          SCALAR

          """
          Indicates this type is an object. `fields` and `interfaces` are valid fields.
          """
          OBJECT

          """
          Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields.
          """
          INTERFACE

          """Indicates this type is a union. `possibleTypes` is a valid field."""
          UNION

          """Indicates this type is an enum. `enumValues` is a valid field."""
          ENUM

          """
          Indicates this type is an input object. `inputFields` is a valid field.
          """
          INPUT_OBJECT

          """Indicates this type is a list. `ofType` is a valid field."""
          LIST

          """Indicates this type is a non-null. `ofType` is a valid field."""
          NON_NULL
        }

        """
        Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.
        """
        type __Field {
          name: String!
          description: String
          args(includeDeprecated: Boolean = false): [__InputValue!]!
          type: __Type!
          isDeprecated: Boolean!
          deprecationReason: String
        }

        """
        Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.
        """
        type __InputValue {
          name: String!
          description: String
          type: __Type!

          """
          A GraphQL-formatted string representing the default value for this input value.
          """
          defaultValue: String
          isDeprecated: Boolean!
          deprecationReason: String
        }

        """
        One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.
        """
        type __EnumValue {
          name: String!
          description: String
          isDeprecated: Boolean!
          deprecationReason: String
        }

        """
        A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.

        In some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.
        """
        type __Directive {
          name: String!
          description: String
          isRepeatable: Boolean!
          locations: [__DirectiveLocation!]!
          args(includeDeprecated: Boolean = false): [__InputValue!]!
        }

        """
        A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.
        """
        enum __DirectiveLocation {
          """Location adjacent to a query operation."""
          QUERY

          """Location adjacent to a mutation operation."""
          MUTATION

          """Location adjacent to a subscription operation."""
          SUBSCRIPTION

          """Location adjacent to a field."""
          FIELD

          """Location adjacent to a fragment definition."""
          FRAGMENT_DEFINITION

          """Location adjacent to a fragment spread."""
          FRAGMENT_SPREAD

          """Location adjacent to an inline fragment."""
          INLINE_FRAGMENT

          """Location adjacent to a variable definition."""
          VARIABLE_DEFINITION

          """Location adjacent to a schema definition."""
          SCHEMA

          """Location adjacent to a scalar definition."""
          SCALAR

          """Location adjacent to an object type definition."""
          OBJECT

          """Location adjacent to a field definition."""
          FIELD_DEFINITION

          """Location adjacent to an argument definition."""
          ARGUMENT_DEFINITION

          """Location adjacent to an interface definition."""
          INTERFACE

          """Location adjacent to a union definition."""
          UNION

          """Location adjacent to an enum definition."""
          ENUM

          """Location adjacent to an enum value definition."""
          ENUM_VALUE

          """Location adjacent to an input object type definition."""
          INPUT_OBJECT

          """Location adjacent to an input object field definition."""
          INPUT_FIELD_DEFINITION
        }
        """";

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
        Resolver = static context => new ValueTask<object?>(context.Schema),
    };

    /// <summary>__type(name: String!): __Type — available on the query root type only.</summary>
    public static FieldDefinition TypeField { get; } = CreateTypeField();

    /// <summary>__typename: String! — available on every object, interface and union type.</summary>
    public static FieldDefinition TypeNameField { get; } = new("__typename", new NonNullType(BuiltInScalars.String))
    {
        Description = "The name of the current Object type at runtime.",
        Resolver = static context => new ValueTask<object?>(context.ParentType.Name),
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

        AttachResolvers(types);
        return types;
    }

    private static FieldDefinition CreateTypeField()
    {
        var field = new FieldDefinition("__type", TypeType) { Description = "Request the type information of a single type." };
        field.AddArgument(new Argument("name", new NonNullType(BuiltInScalars.String)));
        field.Resolver = static context => new ValueTask<object?>(context.Schema.GetType(context.ArgumentValue<string>("name")));
        return field;
    }
}
