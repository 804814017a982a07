using GraphQL.Language.Ast;
using GraphQL.Types;
using GraphQL.Utilities;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Spec section 5.3.1, Field Selections: a selected field must be defined on the parent type
/// (interfaces and unions offer only their own fields and __typename). The hint suggests inline
/// fragments on the types that do have the field, or similarly named fields, as graphql-js does.
/// </summary>
public sealed class FieldsOnCorrectType : ValidationRule
{
    public override bool Enter(Node node, ValidationContext context)
    {
        if (node is not FieldNode field || context.TypeInfo.ParentType is not { } parentType || context.TypeInfo.FieldDefinition is not null)
        {
            return true;
        }

        string name = field.Name.Value;
        List<string> typeSuggestions = SuggestedTypeNames(context.Schema, parentType, name);
        string hint = typeSuggestions.Count > 0
            ? Suggestions.DidYouMean(typeSuggestions, "to use an inline fragment on")
            : Suggestions.DidYouMean(SuggestedFieldNames(parentType, name));
        context.ReportError($"Cannot query field \"{name}\" on type \"{parentType.Name}\"." + hint, field);
        return true;
    }

    // For an abstract parent: the object types that have the field, and their interfaces that have
    // it, the most widely shared first.
    private static List<string> SuggestedTypeNames(Schema schema, NamedType type, string fieldName)
    {
        if (type is not (InterfaceType or UnionType))
        {
            return [];
        }

        var suggested = new List<ComplexType>();
        var usage = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (ObjectType possible in schema.GetPossibleTypes(type))
        {
            if (possible.GetField(fieldName) is null)
            {
                continue;
            }

            suggested.Add(possible);
            usage[possible.Name] = 1;
            foreach (InterfaceType iface in possible.Interfaces)
            {
                if (iface.GetField(fieldName) is null)
                {
                    continue;
                }

                if (!usage.TryGetValue(iface.Name, out int count))
                {
                    suggested.Add(iface);
                }

                usage[iface.Name] = count + 1;
            }
        }

        suggested.Sort((a, b) =>
        {
            int byUsage = usage[b.Name] - usage[a.Name];
            if (byUsage != 0)
            {
                return byUsage;
            }

            if (a is InterfaceType aInterface && schema.IsSubType(aInterface, b))
            {
                return -1;
            }

            if (b is InterfaceType bInterface && schema.IsSubType(bInterface, a))
            {
                return 1;
            }

            return Suggestions.NaturalCompare(a.Name, b.Name);
        });
        return suggested.ConvertAll(t => t.Name);
    }

    private static List<string> SuggestedFieldNames(NamedType type, string fieldName)
    {
        if (type is not ComplexType complex)
        {
            return [];
        }

        var names = new List<string>();
        foreach (FieldDefinition field in complex.Fields)
        {
            names.Add(field.Name);
        }

        return Suggestions.For(fieldName, names);
    }
}
