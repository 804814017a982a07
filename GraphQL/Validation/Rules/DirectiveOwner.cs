using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Which nodes of an executable document carry directives, and at which location (spec section 3.13).</summary>
internal static class DirectiveOwner
{
    public static bool TryGet(Node node, out IReadOnlyList<DirectiveNode> directives, out DirectiveLocation location)
    {
        directives = node switch
        {
            OperationDefinitionNode operation => operation.Directives,
            SelectionNode selection => selection.Directives,
            FragmentDefinitionNode fragment => fragment.Directives,
            VariableDefinitionNode variable => variable.Directives,
            _ => [],
        };
        return TryGetLocation(node, out location) && directives.Count > 0;
    }

    public static bool TryGetLocation(Node node, out DirectiveLocation location)
    {
        DirectiveLocation? found = node switch
        {
            OperationDefinitionNode { Operation: OperationType.Query } => DirectiveLocation.Query,
            OperationDefinitionNode { Operation: OperationType.Mutation } => DirectiveLocation.Mutation,
            OperationDefinitionNode => DirectiveLocation.Subscription,
            FieldNode => DirectiveLocation.Field,
            FragmentSpreadNode => DirectiveLocation.FragmentSpread,
            InlineFragmentNode => DirectiveLocation.InlineFragment,
            FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
            VariableDefinitionNode => DirectiveLocation.VariableDefinition,
            _ => null,
        };
        location = found ?? default;
        return found is not null;
    }
}
