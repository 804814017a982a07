using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Utilities;

namespace GraphQL.Types;

/// <summary>The directives applied in SDL that change the schema: @deprecated, @specifiedBy, @oneOf; and checking every applied directive's argument values.</summary>
public sealed partial class SchemaBuilder
{
    private static DirectiveNode? FindDirective(IReadOnlyList<DirectiveNode> directives, string name)
    {
        foreach (DirectiveNode directive in directives)
        {
            if (directive.Name.Value == name)
            {
                return directive;
            }
        }

        return null;
    }

    private static ValueNode? ArgumentValue(DirectiveNode directive, string name)
    {
        foreach (ArgumentNode argument in directive.Arguments)
        {
            if (argument.Name.Value == name)
            {
                return argument.Value;
            }
        }

        return null;
    }

    // @deprecated without a reason means the default reason; an explicit null reason means none.
    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        if (FindDirective(directives, "deprecated") is not { } deprecated)
        {
            return null;
        }

        return ArgumentValue(deprecated, "reason") switch
        {
            null => BuiltInDirectives.DefaultDeprecationReason,
            StringValueNode reason => reason.Value,
            _ => null,
        };
    }

    private void ValidateAppliedDirectiveArguments()
    {
        foreach (IReadOnlyList<DirectiveNode> directives in _appliedDirectives)
        {
            foreach (DirectiveNode directive in directives)
            {
                if (!_directives.TryGetValue(directive.Name.Value, out DirectiveDefinition? definition))
                {
                    continue;
                }

                foreach (ArgumentNode argument in directive.Arguments)
                {
                    if (definition.GetArgument(argument.Name.Value) is { } argumentDefinition
                        && !ValueFromAst.TryCoerce(argument.Value, argumentDefinition.Type, null, out _))
                    {
                        _errors.Add(new SchemaError(
                            $"Argument \"{argument.Name.Value}\" has invalid value {Printer.Print(argument.Value)}.",
                            argument.Location));
                    }
                }
            }
        }
    }
}
