using System.Globalization;
using System.Runtime.CompilerServices;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation.Limits;

/// <summary>
/// The IBM GraphQL Cost Directives (ibm.github.io/graphql-specs/cost-spec.html), as HotChocolate
/// declares them. Include <see cref="Sdl"/> in a schema's SDL, then apply them to fields:
/// <c>users(first: Int): [User!]! @listSize(slicingArguments: ["first"], assumedSize: 100)</c>,
/// <c>report: Report @cost(weight: "50")</c>. Arguments may carry <c>@cost</c> too; it is added
/// when the argument is given.
/// </summary>
public static class CostDirectives
{
    public const string Sdl = """
        directive @cost(weight: String!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR

        directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
        """;

    private static readonly ConditionalWeakTable<FieldDefinition, FieldCost> Cache = [];

    /// <summary>
    /// Sets a field's cost from code, for schemas declared in code (whose fields have no SDL to
    /// carry directives); replaces what its SDL says. Call it before the schema serves requests.
    /// </summary>
    public static void Apply(FieldDefinition field, double? weight = null, ListSize? listSize = null)
    {
        FieldCost current = Of(field);
        Cache.AddOrUpdate(field, current with { Weight = weight ?? current.Weight, ListSize = listSize ?? current.ListSize });
    }

    /// <summary>As <see cref="Apply(FieldDefinition, double?, ListSize?)"/>, for the field at a schema coordinate ("Community.members").</summary>
    public static void Apply(Schema schema, string coordinate, double? weight = null, ListSize? listSize = null)
    {
        if (SchemaCoordinates.Resolve(schema, coordinate) is not FieldDefinition field)
        {
            throw new ArgumentException($"\"{coordinate}\" is not a field of the schema.", nameof(coordinate));
        }

        Apply(field, weight, listSize);
    }

    /// <summary>What the directives on a field say, read once from its SDL definition.</summary>
    internal static FieldCost Of(FieldDefinition field) => Cache.GetValue(field, Read);

    private static FieldCost Read(FieldDefinition field)
    {
        double? weight = null;
        ListSize? listSize = null;
        if (field.AstNode is { } node)
        {
            foreach (DirectiveNode directive in node.Directives)
            {
                switch (directive.Name.Value)
                {
                    case "cost":
                        weight = ReadWeight(directive);
                        break;
                    case "listSize":
                        listSize = ReadListSize(directive);
                        break;
                }
            }
        }

        Dictionary<string, double>? argumentWeights = null;
        foreach (Argument argument in field.Arguments)
        {
            if (argument.AstNode?.Directives is { } directives)
            {
                foreach (DirectiveNode directive in directives)
                {
                    if (directive.Name.Value == "cost" && ReadWeight(directive) is { } argumentWeight)
                    {
                        (argumentWeights ??= new(StringComparer.Ordinal))[argument.Name] = argumentWeight;
                    }
                }
            }
        }

        return new FieldCost(weight, listSize ?? Paging(field), argumentWeights);
    }

    /// <summary>
    /// Paging by convention needs no annotation, as HotChocolate sizes its paging fields: a Relay
    /// cursor connection (a field with an Int <c>first</c> or <c>last</c> argument whose type has
    /// <c>edges</c> or <c>nodes</c>) counts as <c>@listSize(slicingArguments: ["first", "last"],
    /// sizedFields: ["edges", "nodes"], requireOneSlicingArgument: false)</c>, and a list field
    /// with such arguments as <c>@listSize(slicingArguments: ["first", "last"], requireOneSlicingArgument: false)</c>.
    /// </summary>
    private static ListSize? Paging(FieldDefinition field)
    {
        bool isList = (field.Type is NonNullType nonNull ? nonNull.OfType : field.Type) is ListType;
        bool isConnection = !isList && field.Type.GetNamedType() is ComplexType connection
            && (connection.GetField("edges") is not null || connection.GetField("nodes") is not null);
        if (!isList && !isConnection)
        {
            return null;
        }

        string[] slicing = field.Arguments
            .Where(a => a.Name is "first" or "last" && a.Type.GetNamedType().Name == "Int")
            .Select(a => a.Name)
            .ToArray();
        return slicing.Length == 0 ? null : new ListSize(null, slicing, isConnection ? ["edges", "nodes"] : [], false);
    }

    // The spec types weight as String so that "2.5" is expressible; Int and Float literals are accepted too.
    private static double? ReadWeight(DirectiveNode directive)
    {
        foreach (ArgumentNode argument in directive.Arguments)
        {
            if (argument.Name.Value == "weight")
            {
                string? text = argument.Value switch
                {
                    StringValueNode s => s.Value,
                    IntValueNode i => i.Value,
                    FloatValueNode f => f.Value,
                    _ => null,
                };
                if (text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double weight) && weight >= 0)
                {
                    return weight;
                }
            }
        }

        return null;
    }

    private static ListSize ReadListSize(DirectiveNode directive)
    {
        int? assumedSize = null;
        string[] slicingArguments = [];
        string[] sizedFields = [];
        bool requireOne = true;
        foreach (ArgumentNode argument in directive.Arguments)
        {
            switch (argument.Name.Value, argument.Value)
            {
                case ("assumedSize", IntValueNode size) when int.TryParse(size.Value, CultureInfo.InvariantCulture, out int parsed):
                    assumedSize = parsed;
                    break;
                case ("slicingArguments", var value):
                    slicingArguments = Strings(value);
                    break;
                case ("sizedFields", var value):
                    sizedFields = Strings(value);
                    break;
                case ("requireOneSlicingArgument", BooleanValueNode flag):
                    requireOne = flag.Value;
                    break;
            }
        }

        return new ListSize(assumedSize, slicingArguments, sizedFields, requireOne);
    }

    // A single string stands for a list of one (input coercion of lists, spec section 3.11).
    private static string[] Strings(ValueNode value) => value switch
    {
        ListValueNode list => list.Values.OfType<StringValueNode>().Select(s => s.Value).ToArray(),
        StringValueNode single => [single.Value],
        _ => [],
    };
}

/// <summary>A field's cost directives: its weight, its list sizing, and the weights of its arguments.</summary>
internal sealed record FieldCost(double? Weight, ListSize? ListSize, IReadOnlyDictionary<string, double>? ArgumentWeights);

/// <summary>
/// <c>@listSize</c>: the size is the largest given slicing argument, else <see cref="AssumedSize"/>,
/// else the default list size. With <see cref="SizedFields"/> the size applies to those child
/// fields (a connection's edges and nodes) instead of the field itself. Slicing arguments may be
/// paths into input objects ("filter.max"). <see cref="RequireOneSlicingArgument"/> (the spec's
/// default) refuses a request that gives none or several of them; a default value counts as given.
/// </summary>
public sealed record ListSize(int? AssumedSize, string[] SlicingArguments, string[] SizedFields, bool RequireOneSlicingArgument = true)
{
    public bool RequireOneSlicingArgument { get; init; } = RequireOneSlicingArgument && SlicingArguments.Length > 0;
}
