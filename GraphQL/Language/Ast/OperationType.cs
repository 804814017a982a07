namespace GraphQL.Language.Ast;

/// <summary>OperationType, spec section 2.3.</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}
