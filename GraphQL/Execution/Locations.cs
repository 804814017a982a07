using GraphQL.Language.Ast;

namespace GraphQL.Execution;

/// <summary>Error locations of AST nodes; nodes built in code (no source location) have none.</summary>
internal static class Locations
{
    public static IReadOnlyList<ErrorLocation>? Of(Node node) =>
        node.Location.Line > 0 ? [new ErrorLocation(node.Location.Line, node.Location.Column)] : null;

    public static IReadOnlyList<ErrorLocation>? Of(IReadOnlyList<FieldNode> nodes)
    {
        List<ErrorLocation>? locations = null;
        foreach (FieldNode node in nodes)
        {
            if (node.Location.Line > 0)
            {
                (locations ??= []).Add(new ErrorLocation(node.Location.Line, node.Location.Column));
            }
        }

        return locations;
    }
}
