using GraphQL.Language.Ast;
using GraphQL.Types;
using GraphQL.Utilities;

namespace GraphQL.Validation.Rules;

/// <summary>Spec section 5.4.1, Argument Names: every argument given is defined by the field or directive.</summary>
public sealed class KnownArgumentNames : ValidationRule
{
    public override bool Enter(Node node, ValidationContext context)
    {
        switch (node)
        {
            case FieldNode field when context.TypeInfo.FieldDefinition is { } definition && context.TypeInfo.ParentType is { } parent:
                for (int i = 0; i < field.Arguments.Count; i++)
                {
                    ArgumentNode argument = field.Arguments[i];
                    if (definition.GetArgument(argument.Name.Value) is null)
                    {
                        context.ReportError(
                            $"Unknown argument \"{argument.Name.Value}\" on field \"{parent.Name}.{definition.Name}\"."
                            + Suggestions.DidYouMean(Suggestions.For(argument.Name.Value, Names(definition.Arguments))),
                            argument);
                    }
                }

                break;
            case DirectiveNode directive when context.Schema.GetDirective(directive.Name.Value) is { } directiveDefinition:
                foreach (ArgumentNode argument in directive.Arguments)
                {
                    if (directiveDefinition.GetArgument(argument.Name.Value) is null)
                    {
                        context.ReportError(
                            $"Unknown argument \"{argument.Name.Value}\" on directive \"@{directive.Name.Value}\"."
                            + Suggestions.DidYouMean(Suggestions.For(argument.Name.Value, Names(directiveDefinition.Arguments))),
                            argument);
                    }
                }

                break;
        }

        return true;
    }

    private static List<string> Names(IReadOnlyList<Argument> arguments)
    {
        var names = new List<string>(arguments.Count);
        foreach (Argument argument in arguments)
        {
            names.Add(argument.Name);
        }

        return names;
    }
}
