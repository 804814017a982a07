using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// A scalar type (spec section 3.5). Its three hooks do the coercions of that section:
/// Serialize turns a resolved value into a result value, ParseValue accepts a variable's value and
/// ParseLiteral accepts a literal in the document. Each throws <see cref="ScalarCoercionException"/>
/// on a value it refuses. A custom scalar defined in SDL passes values through unchanged.
/// </summary>
public sealed class ScalarType : NamedType
{
    public ScalarType(string name)
        : base(name)
    {
        Serialize = static value => value;
        ParseValue = static value => value;
        ParseLiteral = ValueFromAstUntyped;
    }

    /// <summary>Where the scalar's behaviour is specified (the @specifiedBy directive, spec section 3.13.5).</summary>
    public string? SpecifiedByUrl { get; set; }

    public Func<object?, object?> Serialize { get; set; }

    public Func<object?, object?> ParseValue { get; set; }

    /// <summary>Takes the literal and the operation's variable values, for literals that contain variables.</summary>
    public Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?> ParseLiteral { get; set; }

    /// <summary>
    /// The value a literal stands for without any type to guide it (graphql-js valueFromASTUntyped):
    /// numbers become long or double, objects dictionaries, lists arrays, variables their values.
    /// </summary>
    public static object? ValueFromAstUntyped(ValueNode node, IReadOnlyDictionary<string, object?>? variables)
    {
        switch (node)
        {
            case NullValueNode:
                return null;
            case IntValueNode intValue:
                return long.TryParse(intValue.Value, System.Globalization.NumberStyles.AllowLeadingSign,
                    System.Globalization.CultureInfo.InvariantCulture, out long whole)
                    ? whole
                    : double.Parse(intValue.Value, System.Globalization.CultureInfo.InvariantCulture);
            case FloatValueNode floatValue:
                return double.Parse(floatValue.Value, System.Globalization.CultureInfo.InvariantCulture);
            case StringValueNode stringValue:
                return stringValue.Value;
            case EnumValueNode enumValue:
                return enumValue.Value;
            case BooleanValueNode boolean:
                return boolean.Value;
            case ListValueNode list:
                var items = new object?[list.Values.Count];
                for (int i = 0; i < items.Length; i++)
                {
                    items[i] = ValueFromAstUntyped(list.Values[i], variables);
                }

                return items;
            case ObjectValueNode obj:
                var fields = new Dictionary<string, object?>(obj.Fields.Count);
                foreach (ObjectFieldNode field in obj.Fields)
                {
                    fields[field.Name.Value] = ValueFromAstUntyped(field.Value, variables);
                }

                return fields;
            case VariableNode variable:
                return variables is not null && variables.TryGetValue(variable.Name.Value, out object? value) ? value : null;
            default:
                throw new ArgumentException($"Unknown value node {node.GetType().Name}.", nameof(node));
        }
    }
}
