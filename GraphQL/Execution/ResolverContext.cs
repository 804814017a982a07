using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>What one resolver call is given; made per call, so a resolver may keep it across awaits.</summary>
internal sealed class ResolverContext(
    OperationContext operation,
    FieldPlan plan,
    object? source,
    IReadOnlyDictionary<string, object?> arguments,
    ResultContainer container,
    int index) : IResolverContext
{
    public object? Source { get; } = source;

    public IReadOnlyDictionary<string, object?> Arguments { get; } = arguments;

    public FieldDefinition Field => plan.Definition;

    public ObjectType ParentType => plan.ParentType;

    public FieldNode Selection => plan.Nodes[0];

    public IReadOnlyList<FieldNode> FieldNodes => plan.Nodes;

    public IReadOnlyList<object> Path => container.PathTo(index);

    public Schema Schema => operation.Schema;

    public OperationDefinitionNode Operation => operation.Operation;

    public IReadOnlyDictionary<string, object?> Variables => operation.Variables;

    public IServiceProvider Services => operation.Services;

    public IDictionary<string, object?> ContextData => operation.ContextData;

    public CancellationToken RequestAborted => operation.CancellationToken;

    public T Parent<T>() => (T)Source!;

    public T ArgumentValue<T>(string name)
    {
        if (!Arguments.TryGetValue(name, out object? value) || value is null)
        {
            return default!;
        }

        return value is T typed ? typed : (T)ArgumentConversion.To(typeof(T), value, name)!;
    }

    public T Service<T>()
        where T : notnull =>
        Services.GetService(typeof(T)) is T service
            ? service
            : throw new InvalidOperationException($"No service of type {typeof(T).FullName} is registered.");
}
