using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;
using GraphQL.Utilities;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Spec section 5.6.1, Values of Correct Type, with 5.6.2 (Input Object Field Names), 5.6.4
/// (Input Object Required Fields) and the OneOf rules of 3.10.1: every literal must be accepted by
/// the input type at its position. Variables are left to VariablesInAllowedPosition.
/// </summary>
public sealed class ValuesOfCorrectType : ValidationRule
{
    public override bool Enter(Node node, ValidationContext context)
    {
        switch (node)
        {
            case ListValueNode list:
                // A non-list position: the whole list is one wrong value; don't look inside.
                if (Nullable(context.TypeInfo.ParentInputType) is not ListType)
                {
                    CheckLeaf(context, list);
                    return false;
                }

                return true;

            case ObjectValueNode obj:
                if (context.TypeInfo.InputType?.GetNamedType() is not InputObjectType inputObject)
                {
                    CheckLeaf(context, obj);
                    return false;
                }

                CheckObject(context, obj, inputObject);
                return true;

            case ObjectFieldNode field:
                if (context.TypeInfo.InputType is null && context.TypeInfo.ParentInputType?.GetNamedType() is InputObjectType parent)
                {
                    var names = new List<string>();
                    foreach (InputField candidate in parent.Fields)
                    {
                        names.Add(candidate.Name);
                    }

                    context.ReportError(
                        $"Field \"{field.Name.Value}\" is not defined by type \"{parent.Name}\"."
                        + Suggestions.DidYouMean(Suggestions.For(field.Name.Value, names)),
                        field);
                }

                return true;

            case NullValueNode nullValue:
                if (context.TypeInfo.InputType is NonNullType nonNull)
                {
                    context.ReportError($"Expected value of type \"{nonNull}\", found {Printer.Print(nullValue)}.", nullValue);
                }

                return true;

            case EnumValueNode or IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode:
                CheckLeaf(context, (ValueNode)node);
                return true;

            default:
                return true;
        }
    }

    private static void CheckObject(ValidationContext context, ObjectValueNode obj, InputObjectType type)
    {
        var given = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        foreach (ObjectFieldNode field in obj.Fields)
        {
            given.TryAdd(field.Name.Value, field);
        }

        foreach (InputField field in type.Fields)
        {
            if (!given.ContainsKey(field.Name) && field.IsRequired)
            {
                context.ReportError($"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", obj);
            }
        }

        if (!type.IsOneOf)
        {
            return;
        }

        if (given.Count != 1)
        {
            context.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", obj);
            return;
        }

        foreach ((string name, ObjectFieldNode field) in given)
        {
            if (field.Value is NullValueNode)
            {
                context.ReportError($"Field \"{type.Name}.{name}\" must be non-null.", obj);
            }
        }
    }

    // A scalar or enum literal must be accepted by the type's literal input coercion.
    private static void CheckLeaf(ValidationContext context, ValueNode node)
    {
        if (context.TypeInfo.InputType is not { } locationType)
        {
            return;
        }

        switch (locationType.GetNamedType())
        {
            case ScalarType scalar:
                try
                {
                    scalar.ParseLiteral(node, null);
                }
                catch (ScalarCoercionException error)
                {
                    context.ReportError(error.Message, node);
                }

                break;
            case EnumType enumType:
                CheckEnum(context, node, enumType);
                break;
            default:
                context.ReportError($"Expected value of type \"{locationType}\", found {Printer.Print(node)}.", node);
                break;
        }
    }

    private static void CheckEnum(ValidationContext context, ValueNode node, EnumType type)
    {
        if (node is EnumValueNode enumValue && type.GetValue(enumValue.Value) is not null)
        {
            return;
        }

        string printed = Printer.Print(node);
        var names = new List<string>();
        foreach (EnumValue value in type.Values)
        {
            names.Add(value.Name);
        }

        string hint = Suggestions.DidYouMean(Suggestions.For(printed, names), "the enum value");
        context.ReportError(
            node is EnumValueNode
                ? $"Value \"{printed}\" does not exist in \"{type.Name}\" enum." + hint
                : $"Enum \"{type.Name}\" cannot represent non-enum value: {printed}." + hint,
            node);
    }

    private static GraphQLType? Nullable(GraphQLType? type) => type is NonNullType nonNull ? nonNull.OfType : type;
}
