namespace GraphQL.Language.Ast;

/// <summary>Every node of a parsed document knows where it came from.</summary>
public abstract class Node
{
    /// <summary>Source range of the node; default for nodes built in code rather than parsed.</summary>
    public Location Location { get; init; }
}
