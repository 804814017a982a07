using GraphQL.Language.Ast;

namespace GraphQL.Validation;

/// <summary>Receives nodes from <see cref="AstWalker"/>; Enter returning false skips the node's children.</summary>
public interface IAstVisitor
{
    bool Enter(Node node);

    void Leave(Node node);
}
