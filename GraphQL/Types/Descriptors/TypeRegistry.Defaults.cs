using GraphQL.Language.Ast;
using GraphQL.Utilities;

namespace GraphQL.Types.Descriptors;

/// <summary>Coercing default values given as CLR values.</summary>
internal sealed partial class TypeRegistry
{
    // As the SDL builder does: the CLR value is turned into a literal of the type, which is then
    // coerced, so a default prints and introspects exactly as the same default written in SDL.
    private void CoerceDefaults()
    {
        foreach ((InputValue value, object? defaultValue, string coordinate) in _defaults)
        {
            ValueNode? literal;
            try
            {
                literal = AstFromValue.Convert(defaultValue, value.Type);
            }
            catch (ScalarCoercionException)
            {
                literal = null;
            }

            if (literal is not null && ValueFromAst.TryCoerce(literal, value.Type, null, out object? coerced))
            {
                value.DefaultValue = coerced;
                value.DefaultValueLiteral = literal;
            }
            else
            {
                Error($"Default value {defaultValue ?? "null"} of \"{coordinate}\" is not a valid \"{value.Type}\".");
            }
        }
    }
}
