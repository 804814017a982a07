using GraphQL.Execution;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// Resolvers of the introspection types (spec section 4.2). The values they work on are the
/// type system's own objects: a <see cref="Schema"/> is a __Schema, a <see cref="GraphQLType"/>
/// (named or wrapper) a __Type, a <see cref="FieldDefinition"/> a __Field, an
/// <see cref="InputValue"/> an __InputValue, an <see cref="EnumValue"/> an __EnumValue and a
/// <see cref="DirectiveDefinition"/> a __Directive. All resolve synchronously.
/// </summary>
public static partial class Introspection
{
    private static void AttachResolvers(Dictionary<string, NamedType> types)
    {
        var schema = (ObjectType)types["__Schema"];
        On<Schema>(schema, "description", static s => s.Description);
        On<Schema>(schema, "types", static s => new List<object?>(s.Types.Values));
        On<Schema>(schema, "queryType", static s => s.QueryType);
        On<Schema>(schema, "mutationType", static s => s.MutationType);
        On<Schema>(schema, "subscriptionType", static s => s.SubscriptionType);
        On<Schema>(schema, "directives", static s => s.Directives);

        var type = (ObjectType)types["__Type"];
        On<GraphQLType>(type, "kind", static t => KindOf(t));
        On<GraphQLType>(type, "name", static t => (t as NamedType)?.Name);
        On<GraphQLType>(type, "description", static t => (t as NamedType)?.Description);
        On<GraphQLType>(type, "specifiedByURL", static t => (t as ScalarType)?.SpecifiedByUrl);
        On<GraphQLType>(type, "fields", static (t, includeDeprecated) => t is ComplexType complex ? Fields(complex, includeDeprecated) : null);
        On<GraphQLType>(type, "interfaces", static t => t is ComplexType complex ? complex.Interfaces : null);
        OnWithSchema<GraphQLType>(type, "possibleTypes", static (t, s) => t is UnionType or InterfaceType ? s.GetPossibleTypes((NamedType)t) : null);
        On<GraphQLType>(type, "enumValues", static (t, includeDeprecated) => t is EnumType enumType ? EnumValues(enumType, includeDeprecated) : null);
        On<GraphQLType>(type, "inputFields", static (t, includeDeprecated) => t is InputObjectType input ? InputValues(input.Fields, includeDeprecated) : null);
        On<GraphQLType>(type, "ofType", static t => t switch
        {
            ListType list => list.OfType,
            NonNullType nonNull => nonNull.OfType,
            _ => null,
        });
        On<GraphQLType>(type, "isOneOf", static t => t is InputObjectType input ? input.IsOneOf : null);

        var field = (ObjectType)types["__Field"];
        On<FieldDefinition>(field, "name", static f => f.Name);
        On<FieldDefinition>(field, "description", static f => f.Description);
        On<FieldDefinition>(field, "args", static (f, includeDeprecated) => InputValues(f.Arguments, includeDeprecated));
        On<FieldDefinition>(field, "type", static f => f.Type);
        On<FieldDefinition>(field, "isDeprecated", static f => f.IsDeprecated);
        On<FieldDefinition>(field, "deprecationReason", static f => f.DeprecationReason);

        var inputValue = (ObjectType)types["__InputValue"];
        On<InputValue>(inputValue, "name", static v => v.Name);
        On<InputValue>(inputValue, "description", static v => v.Description);
        On<InputValue>(inputValue, "type", static v => v.Type);
        On<InputValue>(inputValue, "defaultValue", static v => DefaultValueText(v));
        On<InputValue>(inputValue, "isDeprecated", static v => v.IsDeprecated);
        On<InputValue>(inputValue, "deprecationReason", static v => v.DeprecationReason);

        var enumValue = (ObjectType)types["__EnumValue"];
        On<EnumValue>(enumValue, "name", static v => v.Name);
        On<EnumValue>(enumValue, "description", static v => v.Description);
        On<EnumValue>(enumValue, "isDeprecated", static v => v.IsDeprecated);
        On<EnumValue>(enumValue, "deprecationReason", static v => v.DeprecationReason);

        var directive = (ObjectType)types["__Directive"];
        On<DirectiveDefinition>(directive, "name", static d => d.Name);
        On<DirectiveDefinition>(directive, "description", static d => d.Description);
        On<DirectiveDefinition>(directive, "isRepeatable", static d => d.IsRepeatable);
        On<DirectiveDefinition>(directive, "locations", static d => Locations(d));
        On<DirectiveDefinition>(directive, "args", static (d, includeDeprecated) => InputValues(d.Arguments, includeDeprecated));
    }

    private static void On<T>(ObjectType type, string fieldName, Func<T, object?> resolve) =>
        type.GetField(fieldName)!.Resolver = context => new ValueTask<object?>(resolve((T)context.Source!));

    private static void OnWithSchema<T>(ObjectType type, string fieldName, Func<T, Schema, object?> resolve) =>
        type.GetField(fieldName)!.Resolver = context => new ValueTask<object?>(resolve((T)context.Source!, context.Schema));

    // For the fields that take includeDeprecated (false by default: deprecated items are left out).
    private static void On<T>(ObjectType type, string fieldName, Func<T, bool, object?> resolve) =>
        type.GetField(fieldName)!.Resolver = context => new ValueTask<object?>(resolve(
            (T)context.Source!,
            context.Arguments.TryGetValue("includeDeprecated", out object? include) && include is true));

    private static string KindOf(GraphQLType type) => type switch
    {
        ScalarType => "SCALAR",
        ObjectType => "OBJECT",
        InterfaceType => "INTERFACE",
        UnionType => "UNION",
        EnumType => "ENUM",
        InputObjectType => "INPUT_OBJECT",
        ListType => "LIST",
        NonNullType => "NON_NULL",
        _ => throw new InvalidOperationException($"Unknown kind of type: {type}."),
    };

    private static List<FieldDefinition> Fields(ComplexType type, bool includeDeprecated)
    {
        var fields = new List<FieldDefinition>(type.Fields.Count);
        foreach (FieldDefinition field in type.Fields)
        {
            if (includeDeprecated || !field.IsDeprecated)
            {
                fields.Add(field);
            }
        }

        return fields;
    }

    private static List<EnumValue> EnumValues(EnumType type, bool includeDeprecated)
    {
        var values = new List<EnumValue>(type.Values.Count);
        foreach (EnumValue value in type.Values)
        {
            if (includeDeprecated || !value.IsDeprecated)
            {
                values.Add(value);
            }
        }

        return values;
    }

    private static List<InputValue> InputValues<T>(IEnumerable<T> inputValues, bool includeDeprecated)
        where T : InputValue
    {
        var values = new List<InputValue>();
        foreach (T value in inputValues)
        {
            if (includeDeprecated || !value.IsDeprecated)
            {
                values.Add(value);
            }
        }

        return values;
    }

    private static List<string> Locations(DirectiveDefinition directive)
    {
        var names = new List<string>(directive.Locations.Count);
        foreach (DirectiveLocation location in directive.Locations)
        {
            names.Add(DirectiveLocationNames.ToName(location));
        }

        return names;
    }
}
