namespace GraphQL.Types.Descriptors;

/// <summary>
/// Builds a <see cref="Schema"/> from code-first type classes (HotChocolate's schema builder):
/// start with <see cref="SchemaBuilder.New"/>, add types and extensions, then <see cref="Create"/>.
/// Types are listed in the order added, followed by those only referenced, so a schema that adds
/// its types in SDL order prints like that SDL. The result passes the same validation as a schema
/// built from SDL; every problem is reported at once in a <see cref="SchemaValidationException"/>.
/// </summary>
/// <example>
/// <code>
/// Schema schema = SchemaBuilder.New()
///     .AddType&lt;LongType&gt;()
///     .AddQueryType(d => d.Name("Query"))
///     .AddTypeExtension&lt;UserQueries&gt;()
///     .Create();
/// </code>
/// </example>
public sealed class CodeFirstSchemaBuilder
{
    private readonly List<(TypeDefinition Definition, bool ByClass)> _types = [];
    private readonly List<TypeExtension> _extensions = [];
    private readonly Dictionary<Type, Type> _bindings = [];
    private TypeDefinition? _query;
    private TypeDefinition? _mutation;
    private TypeDefinition? _subscription;

    internal CodeFirstSchemaBuilder()
    {
    }

    /// <summary>Adds a type class: an object, interface, union, enum, input object or scalar type.</summary>
    public CodeFirstSchemaBuilder AddType<TType>() where TType : TypeDefinition, new() => AddType(new TType());

    /// <summary>Adds a type instance, for type classes whose constructor takes arguments.</summary>
    public CodeFirstSchemaBuilder AddType(TypeDefinition type)
    {
        _types.Add((type, true));
        return this;
    }

    public CodeFirstSchemaBuilder AddQueryType<TType>() where TType : TypeDefinition, new() => AddRoot(ref _query, new TType());

    /// <summary>A query type declared inline, e.g. <c>d => d.Name("Query")</c>, for fields that extensions add.</summary>
    public CodeFirstSchemaBuilder AddQueryType(Action<IObjectTypeDescriptor> configure) => AddRoot(ref _query, new InlineObjectType(configure));

    public CodeFirstSchemaBuilder AddMutationType<TType>() where TType : TypeDefinition, new() => AddRoot(ref _mutation, new TType());

    public CodeFirstSchemaBuilder AddMutationType(Action<IObjectTypeDescriptor> configure) => AddRoot(ref _mutation, new InlineObjectType(configure));

    public CodeFirstSchemaBuilder AddSubscriptionType<TType>() where TType : TypeDefinition, new() => AddRoot(ref _subscription, new TType());

    public CodeFirstSchemaBuilder AddSubscriptionType(Action<IObjectTypeDescriptor> configure) => AddRoot(ref _subscription, new InlineObjectType(configure));

    /// <summary>Adds an extension of an object type (by name, or by its CLR type).</summary>
    public CodeFirstSchemaBuilder AddTypeExtension<TExtension>() where TExtension : TypeExtension, new()
    {
        _extensions.Add(new TExtension());
        return this;
    }

    /// <summary>
    /// Infers <typeparamref name="TType"/> wherever a member or result has the CLR type
    /// <typeparamref name="TClr"/>, e.g. <c>BindRuntimeType&lt;string, CountryCodeType&gt;()</c> would make
    /// every string a CountryCode. Without it a custom scalar binds its CLR type unless a built-in
    /// scalar (string, int, double, bool) or an earlier type has it.
    /// </summary>
    public CodeFirstSchemaBuilder BindRuntimeType<TClr, TType>() where TType : TypeDefinition
    {
        _bindings[typeof(TClr)] = typeof(TType);
        return this;
    }

    /// <summary>Builds and validates the schema; throws <see cref="SchemaValidationException"/> listing every problem.</summary>
    public Schema Create()
    {
        var registry = new TypeRegistry(_bindings);
        foreach (TypeExtension extension in _extensions)
        {
            registry.AddExtension(extension);
        }

        NamedType? query = null, mutation = null, subscription = null;
        foreach ((TypeDefinition definition, bool byClass) in _types)
        {
            NamedType type = registry.Register(definition, byClass);
            query = ReferenceEquals(definition, _query) ? type : query;
            mutation = ReferenceEquals(definition, _mutation) ? type : mutation;
            subscription = ReferenceEquals(definition, _subscription) ? type : subscription;
        }

        registry.CompleteAll();
        if (registry.Errors.Count > 0)
        {
            throw new SchemaValidationException(registry.Errors);
        }

        var schema = new Schema(
            RootType(query, "Query", registry), RootType(mutation, "Mutation", registry), RootType(subscription, "Subscription", registry), registry.Types);
        CheckSubscribers(schema, registry);
        var errors = new List<SchemaError>(registry.Errors);
        errors.AddRange(SchemaValidator.Validate(schema));
        if (errors.Count > 0)
        {
            throw new SchemaValidationException(errors);
        }

        return schema;
    }

    private CodeFirstSchemaBuilder AddRoot(ref TypeDefinition? root, TypeDefinition definition)
    {
        if (root is not null)
        {
            throw new InvalidOperationException("The root type is already set.");
        }

        root = definition;
        _types.Add((definition, definition is not InlineObjectType));
        return this;
    }

    // The executor only asks root fields of the subscription type for a source stream.
    private static void CheckSubscribers(Schema schema, TypeRegistry registry)
    {
        foreach (NamedType type in registry.Types)
        {
            if (type is ObjectType objectType && objectType != schema.SubscriptionType)
            {
                foreach (FieldDefinition field in objectType.Fields)
                {
                    if (field.Subscriber is not null)
                    {
                        registry.Error($"\"{type.Name}.{field.Name}\" subscribes, but only fields of the subscription type can.");
                    }
                }
            }
        }
    }

    private static ObjectType? RootType(NamedType? type, string operation, TypeRegistry registry)
    {
        if (type is null or ObjectType)
        {
            return (ObjectType?)type;
        }

        registry.Error($"The {operation} root type must be an object type, but \"{type.Name}\" is not.");
        return null;
    }
}
