using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// Resolves schema coordinates against a schema (spec section 2.14, "Resolving a Schema
/// Coordinate"): null when the named element does not exist, an error when its container does not.
/// </summary>
public static class SchemaCoordinates
{
    /// <summary>
    /// The element named: a <see cref="NamedType"/>, <see cref="FieldDefinition"/>, <see cref="InputField"/>,
    /// <see cref="EnumValue"/>, <see cref="Argument"/> or <see cref="DirectiveDefinition"/>; null if it does not exist.
    /// </summary>
    /// <exception cref="InvalidOperationException">The containing type, field or directive does not exist.</exception>
    public static object? Resolve(Schema schema, string coordinate) => Resolve(schema, Parser.ParseSchemaCoordinate(coordinate));

    public static object? Resolve(Schema schema, SchemaCoordinateNode coordinate)
    {
        switch (coordinate)
        {
            case TypeCoordinateNode type:
                return schema.GetType(type.Name.Value);

            case MemberCoordinateNode member:
                return schema.GetType(member.Name.Value) switch
                {
                    EnumType enumType => enumType.GetValue(member.MemberName.Value),
                    InputObjectType input => input.GetField(member.MemberName.Value),
                    ComplexType complex => complex.GetField(member.MemberName.Value),
                    _ => throw new InvalidOperationException(
                        $"Expected \"{member.Name.Value}\" to be an enum, input object, object or interface type."),
                };

            case ArgumentCoordinateNode argument:
                if (schema.GetType(argument.Name.Value) is not ComplexType owner)
                {
                    throw new InvalidOperationException($"Expected \"{argument.Name.Value}\" to be an object or interface type.");
                }

                FieldDefinition field = owner.GetField(argument.FieldName.Value)
                    ?? throw new InvalidOperationException($"Expected \"{argument.Name.Value}.{argument.FieldName.Value}\" to exist.");
                return field.GetArgument(argument.ArgumentName.Value);

            case DirectiveCoordinateNode directive:
                return schema.GetDirective(directive.Name.Value);

            case DirectiveArgumentCoordinateNode directiveArgument:
                DirectiveDefinition definition = schema.GetDirective(directiveArgument.Name.Value)
                    ?? throw new InvalidOperationException($"Expected \"@{directiveArgument.Name.Value}\" to exist.");
                return definition.GetArgument(directiveArgument.ArgumentName.Value);

            default:
                throw new ArgumentException($"Unknown coordinate {coordinate.GetType().Name}.", nameof(coordinate));
        }
    }
}
