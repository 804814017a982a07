using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// Spec section 6.3.2 CollectFields and 6.4.3 CollectSubfields: the fields of selection sets for
/// one object type, grouped by response key in first-seen order, following fragment spreads once
/// each, keeping fragments whose type condition applies, and honouring @skip and @include.
/// </summary>
internal static class FieldCollector
{
    public static SelectionPlan CollectFields(PlanCache cache, ObjectType type, IReadOnlyList<SelectionSetNode> selectionSets)
    {
        var grouped = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        HashSet<string>? visitedFragments = null;
        foreach (SelectionSetNode selectionSet in selectionSets)
        {
            Collect(cache, type, selectionSet, grouped, ref visitedFragments);
        }

        var keys = new List<string>(grouped.Count);
        var fields = new List<FieldPlan>(grouped.Count);
        foreach (KeyValuePair<string, List<FieldNode>> entry in grouped)
        {
            // A field the type does not have is left out (spec section 6.3 ExecuteCollectedFields).
            if (FindField(cache.Schema, type, entry.Value[0].Name.Value) is { } definition)
            {
                keys.Add(entry.Key);
                fields.Add(new FieldPlan(cache, type, entry.Key, [.. entry.Value], definition));
            }
        }

        return new SelectionPlan(type, [.. keys], [.. fields]);
    }

    public static SelectionPlan CollectSubfields(PlanCache cache, ObjectType type, FieldNode[] fieldNodes)
    {
        var selectionSets = new List<SelectionSetNode>(fieldNodes.Length);
        foreach (FieldNode node in fieldNodes)
        {
            if (node.SelectionSet is { } selectionSet)
            {
                selectionSets.Add(selectionSet);
            }
        }

        return CollectFields(cache, type, selectionSets);
    }

    /// <summary>The field a name selects on an object type, meta-fields included (spec section 4.1 and 4.2).</summary>
    public static FieldDefinition? FindField(Schema schema, ObjectType type, string name)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            if (name == "__typename")
            {
                return Introspection.TypeNameField;
            }

            if (ReferenceEquals(type, schema.QueryType))
            {
                if (name == "__schema")
                {
                    return Introspection.SchemaField;
                }

                if (name == "__type")
                {
                    return Introspection.TypeField;
                }
            }
        }

        return type.GetField(name);
    }

    private static void Collect(
        PlanCache cache,
        ObjectType type,
        SelectionSetNode selectionSet,
        OrderedDictionary<string, List<FieldNode>> grouped,
        ref HashSet<string>? visitedFragments)
    {
        foreach (SelectionNode selection in selectionSet.Selections)
        {
            if (!ShouldInclude(selection.Directives, cache.Variables))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    string key = field.ResponseKey;
                    if (!grouped.TryGetValue(key, out List<FieldNode>? nodes))
                    {
                        nodes = [];
                        grouped.Add(key, nodes);
                    }

                    nodes.Add(field);
                    break;
                case FragmentSpreadNode spread:
                    string name = spread.Name.Value;
                    visitedFragments ??= new HashSet<string>(StringComparer.Ordinal);
                    if (!visitedFragments.Add(name)
                        || !cache.Fragments.TryGetValue(name, out FragmentDefinitionNode? fragment)
                        || !DoesFragmentTypeApply(cache.Schema, type, fragment.TypeCondition))
                    {
                        continue;
                    }

                    Collect(cache, type, fragment.SelectionSet, grouped, ref visitedFragments);
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is { } condition && !DoesFragmentTypeApply(cache.Schema, type, condition))
                    {
                        continue;
                    }

                    Collect(cache, type, inline.SelectionSet, grouped, ref visitedFragments);
                    break;
            }
        }
    }

    // Spec section 6.3.2 DoesFragmentTypeApply.
    private static bool DoesFragmentTypeApply(Schema schema, ObjectType objectType, NamedTypeNode condition)
    {
        NamedType? conditionType = schema.GetType(condition.Name.Value);
        return conditionType switch
        {
            ObjectType other => ReferenceEquals(other, objectType),
            InterfaceType iface => objectType.Implements(iface),
            UnionType union => union.Types.Contains(objectType),
            _ => false,
        };
    }

    // @skip(if: true) leaves a selection out, and so does @include(if: false); @skip wins when both are present.
    private static bool ShouldInclude(IReadOnlyList<DirectiveNode> directives, IReadOnlyDictionary<string, object?>? variables)
    {
        for (int i = 0; i < directives.Count; i++)
        {
            DirectiveNode directive = directives[i];
            string name = directive.Name.Value;
            if (name == "skip" && IfArgument(directive, variables))
            {
                return false;
            }

            if (name == "include" && !IfArgument(directive, variables))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IfArgument(DirectiveNode directive, IReadOnlyDictionary<string, object?>? variables)
    {
        foreach (ArgumentNode argument in directive.Arguments)
        {
            if (argument.Name.Value != "if")
            {
                continue;
            }

            return argument.Value switch
            {
                BooleanValueNode literal => literal.Value,
                VariableNode variable => variables is not null && variables.TryGetValue(variable.Name.Value, out object? value) && value is true,
                _ => false,
            };
        }

        return false;
    }

    /// <summary>Whether any @skip or @include in the document reads a variable (then plans depend on the request).</summary>
    public static bool ConditionsUseVariables(DocumentNode document)
    {
        if (!document.HasVariables)
        {
            return false;
        }

        foreach (DefinitionNode definition in document.Definitions)
        {
            if (definition is ExecutableDefinitionNode executable && UseVariables(executable.SelectionSet))
            {
                return true;
            }
        }

        return false;
    }

    private static bool UseVariables(SelectionSetNode selectionSet)
    {
        foreach (SelectionNode selection in selectionSet.Selections)
        {
            foreach (DirectiveNode directive in selection.Directives)
            {
                if (directive.Name.Value is "skip" or "include")
                {
                    foreach (ArgumentNode argument in directive.Arguments)
                    {
                        if (argument.Value is VariableNode)
                        {
                            return true;
                        }
                    }
                }
            }

            SelectionSetNode? inner = selection switch
            {
                FieldNode field => field.SelectionSet,
                InlineFragmentNode inline => inline.SelectionSet,
                _ => null,
            };
            if (inner is not null && UseVariables(inner))
            {
                return true;
            }
        }

        return false;
    }
}
