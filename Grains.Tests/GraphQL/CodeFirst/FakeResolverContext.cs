using GraphQL.Execution;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace Grains.Tests.GraphQL.CodeFirst;

/// <summary>Just enough of a resolver context to call a field's resolver directly.</summary>
internal sealed class FakeResolverContext(object? source, IReadOnlyDictionary<string, object?>? arguments = null) : IResolverContext
{
    public object? Source { get; } = source;

    public IReadOnlyDictionary<string, object?> Arguments { get; } = arguments ?? new Dictionary<string, object?>();

    public FieldDefinition Field => throw new NotSupportedException();

    public ObjectType ParentType => throw new NotSupportedException();

    public FieldNode Selection => throw new NotSupportedException();

    public IReadOnlyList<FieldNode> FieldNodes => throw new NotSupportedException();

    public IReadOnlyList<object> Path => [];

    public Schema Schema => throw new NotSupportedException();

    public OperationDefinitionNode Operation => throw new NotSupportedException();

    public IReadOnlyDictionary<string, object?> Variables => new Dictionary<string, object?>();

    public IServiceProvider Services => throw new NotSupportedException();

    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>();

    public CancellationToken RequestAborted => default;

    public T Parent<T>() => (T)Source!;

    public T ArgumentValue<T>(string name) => Arguments.TryGetValue(name, out object? value) ? (T)value! : default!;

    public T Service<T>() where T : notnull => throw new NotSupportedException();

    public static async Task<object?> Resolve(FieldDefinition field, object? source, IReadOnlyDictionary<string, object?>? arguments = null) =>
        await field.Resolver!(new FakeResolverContext(source, arguments));
}
