using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Spec section 5.4.2.1, Required Arguments: an argument of non-null type without a default must
/// be given (an explicit null is caught by ValuesOfCorrectType).
/// </summary>
public sealed class ProvidedRequiredArguments : ValidationRule
{
    public override void Leave(Node node, ValidationContext context)
    {
        switch (node)
        {
            case FieldNode field when context.TypeInfo.FieldDefinition is { } definition:
                for (int i = 0; i < definition.Arguments.Count; i++)
                {
                    Argument argument = definition.Arguments[i];
                    if (argument.IsRequired && !IsGiven(field.Arguments, argument.Name))
                    {
                        context.ReportError(
                            $"Field \"{definition.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                            field);
                    }
                }

                break;
            case DirectiveNode directive when context.Schema.GetDirective(directive.Name.Value) is { } directiveDefinition:
                foreach (Argument argument in directiveDefinition.Arguments)
                {
                    if (argument.IsRequired && !IsGiven(directive.Arguments, argument.Name))
                    {
                        context.ReportError(
                            $"Directive \"@{directive.Name.Value}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                            directive);
                    }
                }

                break;
        }
    }

    private static bool IsGiven(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (int i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
