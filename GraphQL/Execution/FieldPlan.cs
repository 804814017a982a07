using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// One response key of a selection plan: the field nodes merged under it, the field they select,
/// and what can be worked out once for all executions (arguments without variables, the plans
/// of its sub-selection, the property the default resolver reads).
/// </summary>
internal sealed class FieldPlan
{
    private readonly PlanCache _cache;
    private readonly IReadOnlyDictionary<string, object?>? _staticArguments;
    private readonly object _gate = new();
    private SelectionPlan? _onlySubPlan;
    private Dictionary<ObjectType, SelectionPlan>? _subPlans;
    private IReadOnlyList<ErrorLocation>? _locations;

    public FieldPlan(PlanCache cache, ObjectType parentType, string responseKey, FieldNode[] nodes, FieldDefinition definition)
    {
        _cache = cache;
        ParentType = parentType;
        ResponseKey = responseKey;
        Nodes = nodes;
        Definition = definition;
        IsTypeName = ReferenceEquals(definition, Introspection.TypeNameField);
        if (definition.Arguments.Count == 0)
        {
            _staticArguments = ArgumentValues.None;
        }
        else if (ArgumentValues.CanShare(definition, nodes[0]))
        {
            // Leaf values from literals: the same for every execution, and nothing a resolver can change.
            try
            {
                _staticArguments = ArgumentValues.Coerce(definition, nodes[0], null);
            }
            catch (FieldErrorException)
            {
                _staticArguments = null;
            }
        }
    }

    public ObjectType ParentType { get; }

    public string ResponseKey { get; }

    public FieldNode[] Nodes { get; }

    public FieldDefinition Definition { get; }

    public GraphQLType Type => Definition.Type;

    public bool IsTypeName { get; }

    /// <summary>The default resolver's last accessor (an inline cache: one CLR type per field is the rule).</summary>
    public PropertyAccessor? Accessor { get; set; }

    public IReadOnlyList<ErrorLocation>? ErrorLocations => _locations ??= Locations.Of(Nodes);

    /// <summary>Spec section 6.4.1 CoerceArgumentValues; throws <see cref="FieldErrorException"/>.</summary>
    public IReadOnlyDictionary<string, object?> GetArguments(IReadOnlyDictionary<string, object?> variables) =>
        _staticArguments ?? ArgumentValues.Coerce(Definition, Nodes[0], variables);

    /// <summary>The plan of this field's merged sub-selections for a value of <paramref name="type"/> (spec CollectSubfields).</summary>
    public SelectionPlan GetSubPlan(ObjectType type)
    {
        SelectionPlan? only = _onlySubPlan;
        if (only is not null && ReferenceEquals(only.Type, type))
        {
            return only;
        }

        lock (_gate)
        {
            if (_onlySubPlan is null)
            {
                _onlySubPlan = FieldCollector.CollectSubfields(_cache, type, Nodes);
                return _onlySubPlan;
            }

            if (ReferenceEquals(_onlySubPlan.Type, type))
            {
                return _onlySubPlan;
            }

            _subPlans ??= [];
            if (!_subPlans.TryGetValue(type, out SelectionPlan? plan))
            {
                plan = FieldCollector.CollectSubfields(_cache, type, Nodes);
                _subPlans[type] = plan;
            }

            return plan;
        }
    }
}

/// <summary>A public property getter of one CLR type, compiled once (null when the type has no such property).</summary>
internal sealed class PropertyAccessor(Type type, Func<object, object?>? get)
{
    public Type Type { get; } = type;

    public Func<object, object?>? Get { get; } = get;
}
