using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// What arguments and input fields share (spec section 3.6.1 InputValueDefinition): an input type,
/// an optional default value and an optional deprecation.
/// </summary>
public abstract class InputValue(string name, GraphQLType type)
{
    private object? _defaultValue;

    public string Name { get; } = name;

    public GraphQLType Type { get; set; } = type;

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public bool HasDefaultValue { get; private set; }

    /// <summary>The default after input coercion: int, double, string, bool, enum value, list or dictionary.</summary>
    public object? DefaultValue
    {
        get => _defaultValue;
        set
        {
            _defaultValue = value;
            HasDefaultValue = true;
        }
    }

    /// <summary>The default as written in SDL, if it came from SDL.</summary>
    public ValueNode? DefaultValueLiteral { get; set; }

    /// <summary>Required means non-null with no default (spec section 5.4.2.1).</summary>
    public bool IsRequired => Type is NonNullType && !HasDefaultValue;

    public InputValueDefinitionNode? AstNode { get; set; }

    public void ClearDefaultValue()
    {
        _defaultValue = null;
        HasDefaultValue = false;
    }

    public override string ToString() => Name + ": " + Type;
}
