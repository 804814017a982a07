using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Spec section 5.8.2, Variables Are Input Types: scalars, enums, input objects, or lists and non-nulls of those.</summary>
public sealed class VariablesAreInputTypes : ValidationRule
{
    public override bool Enter(Node node, ValidationContext context)
    {
        if (node is VariableDefinitionNode variable
            && TypeInfo.TypeFromAst(context.Schema, variable.Type) is { IsInputType: false })
        {
            context.ReportError(
                $"Variable \"${variable.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(variable.Type)}\".", variable.Type);
        }

        return true;
    }
}
