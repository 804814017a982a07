using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Which nodes of an executable document carry directives, and at which location (spec section 3.13).</summary>
internal static class DirectiveOwner
{
    public static bool TryGet(Node node, out IReadOnlyList<DirectiveNode> directives, out DirectiveLocation location)
    {
        (directives, location) = node switch
        {
            OperationDefinitionNode operation => (operation.Directives, operation.Operation switch
            {
                OperationType.Query => DirectiveLocation.Query,
                OperationType.Mutation => DirectiveLocation.Mutation,
                _ => DirectiveLocation.Subscription,
            }),
            FieldNode field => (field.Directives, DirectiveLocation.Field),
            FragmentSpreadNode spread => (spread.Directives, DirectiveLocation.FragmentSpread),
            InlineFragmentNode inline => (inline.Directives, DirectiveLocation.InlineFragment),
            FragmentDefinitionNode fragment => (fragment.Directives, DirectiveLocation.FragmentDefinition),
            VariableDefinitionNode variable => (variable.Directives, DirectiveLocation.VariableDefinition),
            _ => ((IReadOnlyList<DirectiveNode>)[], DirectiveLocation.Query),
        };
        return directives.Count > 0;
    }
}
