using GraphQL.Execution;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>A field of an object or interface type (spec section 3.6).</summary>
public sealed class FieldDefinition(string name, GraphQLType type)
{
    private readonly List<Argument> _arguments = [];

    public string Name { get; } = name;

    public GraphQLType Type { get; set; } = type;

    public string? Description { get; set; }

    /// <summary>Set by @deprecated (spec section 3.13.3); null when the field is not deprecated.</summary>
    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Arguments in definition order.</summary>
    public IReadOnlyList<Argument> Arguments => _arguments;

    /// <summary>Produces the field's value; null means the executor's default (read the parent's property).</summary>
    public Func<IResolverContext, ValueTask<object?>>? Resolver { get; set; }

    /// <summary>
    /// For a root field of the subscription type: creates the source event stream (spec section
    /// 6.2.3.1 CreateSourceEventStream). Each event then becomes the field's value, through
    /// <see cref="Resolver"/> when it is set (it receives the event as its source).
    /// </summary>
    public Func<IResolverContext, ValueTask<IAsyncEnumerable<object?>>>? Subscriber { get; set; }

    /// <summary>The definition this field was built from, when it came from SDL.</summary>
    public FieldDefinitionNode? AstNode { get; set; }

    public Argument? GetArgument(string name)
    {
        foreach (Argument argument in _arguments)
        {
            if (argument.Name == name)
            {
                return argument;
            }
        }

        return null;
    }

    public void AddArgument(Argument argument) => _arguments.Add(argument);

    public override string ToString() => Name + ": " + Type;
}
