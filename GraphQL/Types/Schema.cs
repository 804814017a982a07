namespace GraphQL.Types;

/// <summary>
/// A schema (spec section 3.3): root operation types, every named type reachable from them or
/// given explicitly, and the directives. Types are kept in the order graphql-js's GraphQLSchema
/// collects them, so that introspection and printing list them in the same order graphql-js would.
/// Build one with <see cref="SchemaBuilder"/> (from SDL) or by hand; do not change types after.
/// </summary>
public sealed class Schema
{
    private readonly OrderedDictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveDefinition> _directivesByName = new(StringComparer.Ordinal);
    private readonly Dictionary<NamedType, List<ObjectType>> _possibleTypes = [];
    private readonly Dictionary<InterfaceType, List<ComplexType>> _implementations = [];

    /// <param name="query">The query root type (required by spec section 3.3.1 for a valid schema).</param>
    /// <param name="types">Types to include beyond those reachable from the roots, in order.</param>
    /// <param name="directives">All directives; null means the built-in ones.</param>
    public Schema(
        ObjectType? query,
        ObjectType? mutation = null,
        ObjectType? subscription = null,
        IEnumerable<NamedType>? types = null,
        IEnumerable<DirectiveDefinition>? directives = null,
        string? description = null)
    {
        QueryType = query;
        MutationType = mutation;
        SubscriptionType = subscription;
        Description = description;
        Directives = directives?.ToList() ?? [.. BuiltInDirectives.All];
        foreach (DirectiveDefinition directive in Directives)
        {
            _directivesByName.TryAdd(directive.Name, directive);
        }

        CollectTypes(types);
        IndexAbstractTypes();
    }

    public string? Description { get; }

    public ObjectType? QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type, keyed by name, in graphql-js's collection order.</summary>
    public IReadOnlyDictionary<string, NamedType> Types => _types;

    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    public NamedType? GetType(string name) => _types.TryGetValue(name, out NamedType? type) ? type : null;

    public DirectiveDefinition? GetDirective(string name) =>
        _directivesByName.TryGetValue(name, out DirectiveDefinition? directive) ? directive : null;

    public ObjectType? GetRootType(Language.Ast.OperationType operation) => operation switch
    {
        Language.Ast.OperationType.Query => QueryType,
        Language.Ast.OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>The object types a union or interface may be at run time (spec section 3.7 and 3.8).</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) => abstractType switch
    {
        UnionType union => union.Types,
        InterfaceType => _possibleTypes.TryGetValue(abstractType, out List<ObjectType>? objects) ? objects : [],
        _ => [],
    };

    /// <summary>Objects and interfaces that declare they implement the interface.</summary>
    public IReadOnlyList<ComplexType> GetImplementations(InterfaceType type) =>
        _implementations.TryGetValue(type, out List<ComplexType>? implementations) ? implementations : [];

    /// <summary>Whether <paramref name="maybeSubType"/> is a member or implementation of <paramref name="abstractType"/>.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) => abstractType switch
    {
        UnionType union => maybeSubType is ObjectType member && union.Types.Contains(member),
        InterfaceType iface => maybeSubType is ComplexType complex && complex.Implements(iface),
        _ => false,
    };

    // graphql-js order: the given types (each followed by what it references and was not seen yet),
    // then whatever the roots and directive arguments reach.
    private void CollectTypes(IEnumerable<NamedType>? types)
    {
        var given = types?.ToList() ?? [];
        var pending = new HashSet<NamedType>(given);
        foreach (NamedType type in given)
        {
            pending.Remove(type);
            Collect(type, pending);
        }

        if (QueryType is not null)
        {
            Collect(QueryType, pending);
        }

        if (MutationType is not null)
        {
            Collect(MutationType, pending);
        }

        if (SubscriptionType is not null)
        {
            Collect(SubscriptionType, pending);
        }

        foreach (DirectiveDefinition directive in Directives)
        {
            foreach (Argument argument in directive.Arguments)
            {
                Collect(argument.Type.GetNamedType(), pending);
            }
        }

        Collect(Introspection.SchemaType, pending);
    }

    // A type is "seen" if it is already in the map or still waiting its turn among the given types.
    private void Collect(NamedType type, HashSet<NamedType> pending)
    {
        if (pending.Contains(type))
        {
            return;
        }

        if (_types.TryGetValue(type.Name, out NamedType? existing))
        {
            if (!ReferenceEquals(existing, type))
            {
                throw new InvalidOperationException(
                    $"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\".");
            }

            return;
        }

        _types.Add(type.Name, type);
        switch (type)
        {
            case UnionType union:
                foreach (ObjectType member in union.Types)
                {
                    Collect(member, pending);
                }

                break;
            case ComplexType complex:
                foreach (InterfaceType iface in complex.Interfaces)
                {
                    Collect(iface, pending);
                }

                foreach (FieldDefinition field in complex.Fields)
                {
                    Collect(field.Type.GetNamedType(), pending);
                    foreach (Argument argument in field.Arguments)
                    {
                        Collect(argument.Type.GetNamedType(), pending);
                    }
                }

                break;
            case InputObjectType input:
                foreach (InputField field in input.Fields)
                {
                    Collect(field.Type.GetNamedType(), pending);
                }

                break;
        }
    }

    private void IndexAbstractTypes()
    {
        foreach (NamedType type in _types.Values)
        {
            if (type is not ComplexType complex)
            {
                continue;
            }

            foreach (InterfaceType iface in complex.Interfaces)
            {
                if (!_implementations.TryGetValue(iface, out List<ComplexType>? implementations))
                {
                    implementations = [];
                    _implementations[iface] = implementations;
                }

                implementations.Add(complex);
                if (complex is ObjectType obj)
                {
                    if (!_possibleTypes.TryGetValue(iface, out List<ObjectType>? objects))
                    {
                        objects = [];
                        _possibleTypes[iface] = objects;
                    }

                    objects.Add(obj);
                }
            }
        }
    }
}
