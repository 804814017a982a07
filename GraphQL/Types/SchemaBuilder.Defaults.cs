using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Utilities;

namespace GraphQL.Types;

/// <summary>Coercing the default values written in SDL.</summary>
public sealed partial class SchemaBuilder
{
    // Input object defaults are coerced before anything that may use the input object, because
    // coercing {a: 1} into an input object fills in its other fields' defaults (graphql-js valueFromAST).
    private void ComputeDefaults(List<NamedType> types)
    {
        foreach (NamedType type in types)
        {
            if (type is InputObjectType input)
            {
                ComputeInputObjectDefaults(input);
            }
        }

        foreach (NamedType type in types)
        {
            if (type is ComplexType complex)
            {
                foreach (FieldDefinition field in complex.Fields)
                {
                    foreach (Argument argument in field.Arguments)
                    {
                        ComputeDefault(argument, $"{complex.Name}.{field.Name}({argument.Name}:)");
                    }
                }
            }
        }

        foreach (DirectiveDefinition directive in _directives.Values)
        {
            if (BuiltInDirectives.IsBuiltIn(directive.Name) && BuiltInDirectives.All.Contains(directive))
            {
                continue;
            }

            foreach (Argument argument in directive.Arguments)
            {
                ComputeDefault(argument, $"@{directive.Name}({argument.Name}:)");
            }
        }
    }

    private void ComputeInputObjectDefaults(InputObjectType input)
    {
        if (!_defaultsDone.Add(input))
        {
            return;
        }

        foreach (InputField field in input.Fields)
        {
            ComputeDefault(field, $"{input.Name}.{field.Name}");
        }
    }

    private void ComputeDefault(InputValue value, string coordinate)
    {
        if (value.DefaultValueLiteral is not { } literal)
        {
            return;
        }

        if (value.Type.GetNamedType() is InputObjectType nested)
        {
            ComputeInputObjectDefaults(nested);
        }

        if (ValueFromAst.TryCoerce(literal, value.Type, null, out object? coerced))
        {
            value.DefaultValue = coerced;
        }
        else
        {
            _errors.Add(new SchemaError(
                $"Default value {Printer.Print(literal)} of \"{coordinate}\" is not a valid \"{value.Type}\".", literal.Location));
        }
    }
}
