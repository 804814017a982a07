using GraphQL.Language.Ast;

namespace GraphQL.Validation;

/// <summary>
/// Depth-first walk over an executable document in source order (graphql-js's visitor key order),
/// keeping a <see cref="TypeInfo"/> in step: TypeInfo enters a node before the visitor does and
/// leaves it after. Names are not visited; type system definitions are visited but not entered.
/// Recursion depth is bounded by the parser's nesting limit.
/// </summary>
public static class AstWalker
{
    public static void Walk(Node node, TypeInfo? typeInfo, IAstVisitor visitor)
    {
        typeInfo?.Enter(node);
        if (!visitor.Enter(node))
        {
            typeInfo?.Leave(node);
            return;
        }

        switch (node)
        {
            case DocumentNode document:
                WalkAll(document.Definitions, typeInfo, visitor);
                break;
            case OperationDefinitionNode operation:
                WalkAll(operation.VariableDefinitions, typeInfo, visitor);
                WalkAll(operation.Directives, typeInfo, visitor);
                Walk(operation.SelectionSet, typeInfo, visitor);
                break;
            case VariableDefinitionNode variable:
                Walk(variable.Variable, typeInfo, visitor);
                Walk(variable.Type, typeInfo, visitor);
                if (variable.DefaultValue is not null)
                {
                    Walk(variable.DefaultValue, typeInfo, visitor);
                }

                WalkAll(variable.Directives, typeInfo, visitor);
                break;
            case SelectionSetNode selectionSet:
                WalkAll(selectionSet.Selections, typeInfo, visitor);
                break;
            case FieldNode field:
                WalkAll(field.Arguments, typeInfo, visitor);
                WalkAll(field.Directives, typeInfo, visitor);
                if (field.SelectionSet is not null)
                {
                    Walk(field.SelectionSet, typeInfo, visitor);
                }

                break;
            case ArgumentNode argument:
                Walk(argument.Value, typeInfo, visitor);
                break;
            case FragmentSpreadNode spread:
                WalkAll(spread.Directives, typeInfo, visitor);
                break;
            case InlineFragmentNode inline:
                if (inline.TypeCondition is not null)
                {
                    Walk(inline.TypeCondition, typeInfo, visitor);
                }

                WalkAll(inline.Directives, typeInfo, visitor);
                Walk(inline.SelectionSet, typeInfo, visitor);
                break;
            case FragmentDefinitionNode fragment:
                Walk(fragment.TypeCondition, typeInfo, visitor);
                WalkAll(fragment.Directives, typeInfo, visitor);
                Walk(fragment.SelectionSet, typeInfo, visitor);
                break;
            case ListValueNode list:
                WalkAll(list.Values, typeInfo, visitor);
                break;
            case ObjectValueNode obj:
                WalkAll(obj.Fields, typeInfo, visitor);
                break;
            case ObjectFieldNode objectField:
                Walk(objectField.Value, typeInfo, visitor);
                break;
            case DirectiveNode directive:
                WalkAll(directive.Arguments, typeInfo, visitor);
                break;
            case ListTypeNode listType:
                Walk(listType.Type, typeInfo, visitor);
                break;
            case NonNullTypeNode nonNull:
                Walk(nonNull.Type, typeInfo, visitor);
                break;
        }

        visitor.Leave(node);
        typeInfo?.Leave(node);
    }

    private static void WalkAll<T>(IReadOnlyList<T> nodes, TypeInfo? typeInfo, IAstVisitor visitor)
        where T : Node
    {
        for (int i = 0; i < nodes.Count; i++)
        {
            Walk(nodes[i], typeInfo, visitor);
        }
    }
}
