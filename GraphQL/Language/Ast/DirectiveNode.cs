namespace GraphQL.Language.Ast;

/// <summary>Directive, spec section 2.12: @name(arguments).</summary>
public sealed class DirectiveNode : Node
{
    public required NameNode Name { get; init; }

    public required IReadOnlyList<ArgumentNode> Arguments { get; init; }
}
