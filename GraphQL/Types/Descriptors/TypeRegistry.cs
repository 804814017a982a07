using GraphQL.Execution;

namespace GraphQL.Types.Descriptors;

/// <summary>
/// One schema build: creates the named type of every added type class, and of every class those
/// name, before any field is completed (so any type may refer to any other, and CLR types infer
/// the same types whatever the order); then completes them (fields, arguments, members, enums
/// inferred on the way) and coerces default values. Problems are collected as
/// <see cref="SchemaError"/>s rather than thrown, so one build reports all of them.
/// </summary>
internal sealed partial class TypeRegistry(IReadOnlyDictionary<Type, Type> bindings)
{
    private readonly Dictionary<Type, NamedType> _byClass = [];
    private readonly Dictionary<string, NamedType> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _declaredBy = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, NamedType> _outputByClr = [];
    private readonly Dictionary<Type, NamedType> _inputByClr = [];
    private readonly Dictionary<Type, string> _ambiguousClr = [];
    private readonly Dictionary<Type, Func<IReadOnlyDictionary<string, object?>, object>> _inputFactories = [];
    private readonly Queue<(TypeDefinition Definition, NamedType Type)> _incomplete = [];
    private readonly List<(TypeExtension Extension, ComplexTypeDescriptor Descriptor)> _extensions = [];
    private readonly HashSet<TypeExtension> _appliedExtensions = [];
    private readonly List<(InputValue Value, object? Default, string Coordinate)> _defaults = [];

    public List<SchemaError> Errors { get; } = [];

    /// <summary>The named types in the order they were registered or first met.</summary>
    public List<NamedType> Types { get; } = [];

    public void Error(string message) => Errors.Add(new SchemaError(message));

    public void AddExtension(TypeExtension extension)
    {
        ComplexTypeDescriptor descriptor = extension.Describe();
        if (!descriptor.NameSet && extension.ExtendedRuntimeType is null)
        {
            Error($"{extension.GetType().Name} must name the type it extends: call descriptor.Name(...).");
            return;
        }

        _extensions.Add((extension, descriptor));
    }

    /// <summary>Creates the named type of a definition; a class registered twice gives the same type.</summary>
    public NamedType Register(TypeDefinition definition, bool byClass = true)
    {
        Type definitionClass = definition.GetType();
        if (byClass && _byClass.TryGetValue(definitionClass, out NamedType? existing))
        {
            return existing;
        }

        NamedType type = definition.CreateType(this);
        if (byClass)
        {
            _byClass[definitionClass] = type;
        }

        if (BuiltInScalars.IsBuiltIn(type))
        {
            return type;
        }

        if (_byName.TryGetValue(type.Name, out NamedType? sameName))
        {
            Error($"Two types are named \"{type.Name}\": {_declaredBy[type.Name]} and {definitionClass.Name}.");
            return sameName;
        }

        _byName[type.Name] = type;
        _declaredBy[type.Name] = definitionClass.Name;
        Types.Add(type);
        if (definition.RuntimeType is { } clr)
        {
            if (type is not InputObjectType)
            {
                BindClr(_outputByClr, clr, type);
            }

            if (type is ScalarType or EnumType or InputObjectType)
            {
                BindClr(_inputByClr, clr, type);
            }
        }

        _incomplete.Enqueue((definition, type));
        return type;
    }

    // A CLR type bound to two types of a kind infers neither: which one would depend on the order
    // the types were met.
    private void BindClr(Dictionary<Type, NamedType> byClr, Type clr, NamedType type)
    {
        if (!byClr.TryAdd(clr, type))
        {
            _ambiguousClr[clr] = $"{byClr[clr].Name} and {type.Name}";
        }
    }

    public void CompleteAll()
    {
        DiscoverReferencedClasses();
        while (_incomplete.TryDequeue(out var next))
        {
            next.Definition.CompleteType(this, next.Type);
        }

        foreach ((TypeExtension extension, ComplexTypeDescriptor descriptor) in _extensions)
        {
            if (!_appliedExtensions.Contains(extension))
            {
                string target = descriptor.NameSet ? $"\"{descriptor.TypeName}\"" : "the type bound to " + Naming.ClrName(extension.ExtendedRuntimeType!);
                Error($"{extension.GetType().Name} extends {target}, which is not an object type of this schema.");
            }
        }

        CoerceDefaults();
    }

    // Registers every type class that a declaration or extension names, and what those name in
    // turn, before any field is completed: CLR types can then infer them wherever they are declared.
    private void DiscoverReferencedClasses()
    {
        var pending = new Queue<Type>();
        foreach ((TypeExtension _, ComplexTypeDescriptor descriptor) in _extensions)
        {
            foreach (Type referenced in descriptor.ReferencedClasses())
            {
                pending.Enqueue(referenced);
            }
        }

        var scanned = new HashSet<TypeDefinition>();
        while (true)
        {
            foreach ((TypeDefinition definition, NamedType _) in _incomplete)
            {
                if (scanned.Add(definition))
                {
                    foreach (Type referenced in definition.ReferencedClasses())
                    {
                        pending.Enqueue(referenced);
                    }
                }
            }

            if (pending.Count == 0)
            {
                return;
            }

            while (pending.TryDequeue(out Type? referenced))
            {
                while (referenced.IsGenericType
                    && (referenced.GetGenericTypeDefinition() == typeof(NonNullType<>) || referenced.GetGenericTypeDefinition() == typeof(ListType<>)))
                {
                    referenced = referenced.GetGenericArguments()[0];
                }

                // Classes that cannot be created on their own are reported where they are used.
                if (!_byClass.ContainsKey(referenced) && typeof(TypeDefinition).IsAssignableFrom(referenced)
                    && !referenced.IsAbstract && referenced.GetConstructor(Type.EmptyTypes) is not null)
                {
                    Register((TypeDefinition)Activator.CreateInstance(referenced)!);
                }
            }
        }
    }

    /// <summary>The type's name; an error (and a placeholder) when the declaration gave none.</summary>
    public string RequireName(string? name, Type definitionClass)
    {
        if (name is not null)
        {
            return name;
        }

        Error($"{definitionClass.Name} must name its type: call descriptor.Name(...).");
        return "Unnamed" + definitionClass.Name;
    }

    /// <summary>An abstract type's ResolveType from a function naming the object type of a value.</summary>
    public Func<object, IResolverContext, ObjectType?> ObjectTypeResolver(Func<object, string?> typeNameOf)
    {
        Dictionary<string, NamedType> byName = _byName;
        return (value, _) => typeNameOf(value) is { } name && byName.TryGetValue(name, out NamedType? type) ? type as ObjectType : null;
    }
}
