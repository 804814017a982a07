using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Spec section 5.2.3.1, Lone Anonymous Operation: an anonymous operation must be the only operation.</summary>
public sealed class LoneAnonymousOperation : ValidationRule
{
    private int _operationCount;

    public override bool Enter(Node node, ValidationContext context)
    {
        if (node is DocumentNode document)
        {
            for (int i = 0; i < document.Definitions.Count; i++)
            {
                if (document.Definitions[i] is OperationDefinitionNode)
                {
                    _operationCount++;
                }
            }

            return true;
        }

        if (node is OperationDefinitionNode { Name: null } operation && _operationCount > 1)
        {
            context.ReportError("This anonymous operation must be the only defined operation.", operation);
        }

        return false;
    }
}
