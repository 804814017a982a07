using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// What a field resolver is given (HotChocolate's IResolverContext, cut to what our resolvers use):
/// the parent value, the coerced arguments, the field and where it sits in the result, and the
/// request's services and state.
/// </summary>
public interface IResolverContext
{
    /// <summary>The value the parent field resolved to (the root value for root fields).</summary>
    object? Source { get; }

    /// <summary>The field's arguments after coercion (spec section 6.4.1 CoerceArgumentValues).</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The field being resolved.</summary>
    FieldDefinition Field { get; }

    /// <summary>The object type whose field this is.</summary>
    ObjectType ParentType { get; }

    /// <summary>The field's selection (the first of the merged field nodes).</summary>
    FieldNode Selection { get; }

    /// <summary>Every field node merged into this field (spec section 6.3.2 CollectFields).</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    /// <summary>The response path to this field: names (string) and list indices (int).</summary>
    IReadOnlyList<object> Path { get; }

    Schema Schema { get; }

    OperationDefinitionNode Operation { get; }

    /// <summary>The operation's coerced variable values.</summary>
    IReadOnlyDictionary<string, object?> Variables { get; }

    /// <summary>The request's services (scoped to the request when the transport made a scope).</summary>
    IServiceProvider Services { get; }

    /// <summary>State shared by every resolver of one request (HotChocolate's global state).</summary>
    IDictionary<string, object?> ContextData { get; }

    /// <summary>Cancelled when the request is aborted or times out.</summary>
    CancellationToken RequestAborted { get; }

    /// <summary>The parent value as <typeparamref name="T"/>.</summary>
    T Parent<T>();

    /// <summary>
    /// A coerced argument as <typeparamref name="T"/>; an absent argument with no default gives
    /// default(T). Numbers convert between int, long and double as the target needs.
    /// </summary>
    T ArgumentValue<T>(string name);

    /// <summary>A service from <see cref="Services"/>; throws if it is not registered.</summary>
    T Service<T>() where T : notnull;
}
