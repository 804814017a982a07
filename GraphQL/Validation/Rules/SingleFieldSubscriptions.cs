using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Spec section 5.2.4.1, Single Root Field: a subscription selects exactly one root field, not an
/// introspection field, and (since the 2025 edition) without @skip or @include at the root, since
/// validation has no variable values to evaluate them with (CollectSubscriptionFields).
/// </summary>
public sealed class SingleFieldSubscriptions : ValidationRule
{
    public override bool Enter(Node node, ValidationContext context)
    {
        if (node is not OperationDefinitionNode { Operation: OperationType.Subscription } operation)
        {
            return node is DocumentNode;
        }

        if (context.Schema.SubscriptionType is not { } subscriptionType)
        {
            return false;
        }

        string subject = operation.Name is { } name ? $"Subscription \"{name.Value}\"" : "Anonymous Subscription";
        var fields = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var conditional = new List<Node>();
        Collect(context, subscriptionType, operation.SelectionSet, new HashSet<string>(StringComparer.Ordinal), fields, conditional);

        if (conditional.Count > 0)
        {
            context.ReportError($"{subject} must not use `@skip` or `@include` directives in the top level selection.", [.. conditional]);
        }

        if (fields.Count > 1)
        {
            var extra = new List<Node>();
            bool first = true;
            foreach (List<FieldNode> nodes in fields.Values)
            {
                if (!first)
                {
                    extra.AddRange(nodes);
                }

                first = false;
            }

            context.ReportError($"{subject} must select only one top level field.", [.. extra]);
        }

        foreach (List<FieldNode> nodes in fields.Values)
        {
            if (nodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                context.ReportError($"{subject} must not select an introspection top level field.", [.. nodes]);
            }
        }

        return false;
    }

    private static void Collect(
        ValidationContext context,
        ObjectType type,
        SelectionSetNode selectionSet,
        HashSet<string> visitedFragments,
        Dictionary<string, List<FieldNode>> fields,
        List<Node> conditional)
    {
        foreach (SelectionNode selection in selectionSet.Selections)
        {
            foreach (DirectiveNode directive in selection.Directives)
            {
                if (directive.Name.Value is "skip" or "include")
                {
                    conditional.Add(directive);
                }
            }

            switch (selection)
            {
                case FieldNode field:
                    if (!fields.TryGetValue(field.ResponseKey, out List<FieldNode>? list))
                    {
                        list = [];
                        fields[field.ResponseKey] = list;
                    }

                    list.Add(field);
                    break;
                case FragmentSpreadNode spread:
                    if (visitedFragments.Add(spread.Name.Value)
                        && context.GetFragment(spread.Name.Value) is { } fragment
                        && Applies(context.Schema, type, fragment.TypeCondition))
                    {
                        Collect(context, type, fragment.SelectionSet, visitedFragments, fields, conditional);
                    }

                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || Applies(context.Schema, type, inline.TypeCondition))
                    {
                        Collect(context, type, inline.SelectionSet, visitedFragments, fields, conditional);
                    }

                    break;
            }
        }
    }

    // DoesFragmentTypeApply (spec section 6.3.2).
    private static bool Applies(Schema schema, ObjectType type, NamedTypeNode condition) =>
        schema.GetType(condition.Name.Value) switch
        {
            ObjectType obj => ReferenceEquals(obj, type),
            InterfaceType iface => type.Implements(iface),
            UnionType union => union.Types.Contains(type),
            _ => false,
        };
}
