using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Spec section 5.2.1.1, Operation Type Existence: the schema must have a root type for the kind of
/// each operation (a schema without a Mutation type cannot run a mutation).
/// </summary>
public sealed class KnownOperationTypes : ValidationRule
{
    public override bool Enter(Node node, ValidationContext context)
    {
        if (node is OperationDefinitionNode operation && context.Schema.GetRootType(operation.Operation) is null)
        {
            context.ReportError($"The {Printer.OperationName(operation.Operation)} operation is not supported by the schema.", operation);
        }

        return node is DocumentNode;
    }
}
