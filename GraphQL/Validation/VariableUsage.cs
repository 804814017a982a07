using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation;

/// <summary>
/// A variable used in a value, with the input type expected where it is used and whether that
/// position has a default value (spec section 5.8.5 needs both).
/// </summary>
public sealed record VariableUsage(VariableNode Node, GraphQLType? Type, bool HasLocationDefault, object? LocationDefault, GraphQLType? ParentType);
