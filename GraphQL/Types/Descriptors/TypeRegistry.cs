using GraphQL.Execution;
using GraphQL.Language.Ast;
using GraphQL.Utilities;

namespace GraphQL.Types.Descriptors;

/// <summary>
/// One schema build: creates every named type first (so any may refer to any other), then
/// completes them (fields, arguments, members), creating types that are only referenced (by class,
/// or inferred enums) as it meets them, then coerces default values. Problems are collected as
/// <see cref="SchemaError"/>s rather than thrown, so one build reports all of them.
/// </summary>
internal sealed class TypeRegistry(IReadOnlyDictionary<Type, Type> bindings)
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

    /// <summary>Adds the fields and interfaces of a declaration and of the extensions of its type.</summary>
    public void CompleteComplexType(ComplexType type, ComplexTypeDescriptor descriptor, Type? runtimeType)
    {
        var declarations = new List<ComplexTypeDescriptor> { descriptor };
        if (type is ObjectType)
        {
            foreach ((TypeExtension extension, ComplexTypeDescriptor extensionDescriptor) in _extensions)
            {
                bool matches = extensionDescriptor.NameSet
                    ? extensionDescriptor.TypeName == type.Name
                    : extension.ExtendedRuntimeType == runtimeType && runtimeType is not null;
                if (matches && _appliedExtensions.Add(extension))
                {
                    declarations.Add(extensionDescriptor);
                }
            }
        }

        foreach (ComplexTypeDescriptor declaration in declarations)
        {
            foreach (Type marker in declaration.Interfaces)
            {
                GraphQLType? resolved = ResolveMarker(marker, type.Name);
                if (resolved is InterfaceType iface)
                {
                    if (!type.Implements(iface))
                    {
                        type.AddInterface(iface);
                    }
                }
                else if (resolved is not null)
                {
                    Error($"Type \"{type.Name}\" can only implement interfaces, but {Naming.ClrName(marker)} is \"{resolved}\".");
                }
            }
        }

        foreach (ComplexTypeDescriptor declaration in declarations)
        {
            foreach (FieldDescriptor field in declaration.Fields)
            {
                CompleteField(type, field);
            }
        }
    }

    private void CompleteField(ComplexType owner, FieldDescriptor descriptor)
    {
        string coordinate = owner.Name + "." + descriptor.FieldName;
        GraphQLType? type = ResolveDeclaredOrInferred(descriptor.DeclaredType, descriptor.InferredType, coordinate, input: false);
        if (type is null)
        {
            return;
        }

        var field = new FieldDefinition(descriptor.FieldName, type)
        {
            Description = descriptor.FieldDescription,
            DeprecationReason = descriptor.DeprecationReason,
            Resolver = owner is ObjectType ? descriptor.Resolver : null,
        };
        foreach (InputValueDescriptor argumentDescriptor in descriptor.Arguments)
        {
            string argumentCoordinate = $"{coordinate}({argumentDescriptor.ValueName}:)";
            GraphQLType? argumentType = ResolveDeclaredOrInferred(argumentDescriptor.DeclaredType, null, argumentCoordinate, input: true);
            if (argumentType is null)
            {
                continue;
            }

            if (field.GetArgument(argumentDescriptor.ValueName) is not null)
            {
                Error($"Argument \"{argumentCoordinate}\" is declared more than once.");
                continue;
            }

            var argument = new Argument(argumentDescriptor.ValueName, argumentType)
            {
                Description = argumentDescriptor.ValueDescription,
                DeprecationReason = argumentDescriptor.DeprecationReason,
            };
            if (argumentDescriptor.HasDefault)
            {
                _defaults.Add((argument, argumentDescriptor.Default, argumentCoordinate));
            }

            field.AddArgument(argument);
        }

        if (!owner.AddField(field))
        {
            Error($"Field \"{coordinate}\" is declared more than once.");
        }
    }

    /// <summary>Adds an input field to an input object; null when it could not be typed or is a duplicate.</summary>
    public InputField? CreateInputField(InputObjectType owner, InputValueDescriptor descriptor)
    {
        string coordinate = owner.Name + "." + descriptor.ValueName;
        GraphQLType? type = ResolveDeclaredOrInferred(descriptor.DeclaredType, descriptor.InferredType, coordinate, input: true);
        if (type is null)
        {
            return null;
        }

        var field = new InputField(descriptor.ValueName, type)
        {
            Description = descriptor.ValueDescription,
            DeprecationReason = descriptor.DeprecationReason,
        };
        if (!owner.AddField(field))
        {
            Error($"Input field \"{coordinate}\" is declared more than once.");
            return null;
        }

        if (descriptor.HasDefault)
        {
            // Input field defaults first: an argument's default may fill them in (graphql-js valueFromAST).
            _defaults.Insert(_defaults.Count(d => d.Value is InputField), (field, descriptor.Default, coordinate));
        }

        return field;
    }

    /// <summary>Binds an input object to its CLR type; nested bound inputs are created too.</summary>
    public Func<IReadOnlyDictionary<string, object?>, object>? InputFactory(Type clr, IReadOnlyList<(string Field, System.Reflection.MemberInfo Member)> members)
    {
        try
        {
            var binder = new InputBinder(clr, members, _inputFactories);
            _inputFactories[clr] = binder.Create;
            return binder.Create;
        }
        catch (InvalidOperationException e)
        {
            Error(e.Message);
            return null;
        }
    }

    /// <summary>An abstract type's ResolveType from a function naming the object type of a value.</summary>
    public Func<object, IResolverContext, ObjectType?> ObjectTypeResolver(Func<object, string?> typeNameOf)
    {
        Dictionary<string, NamedType> byName = _byName;
        return (value, _) => typeNameOf(value) is { } name && byName.TryGetValue(name, out NamedType? type) ? type as ObjectType : null;
    }

    private GraphQLType? ResolveDeclaredOrInferred(TypeRef? declared, ClrRef? inferred, string coordinate, bool input)
    {
        switch (declared ?? inferred)
        {
            case MarkerRef marker:
                return ResolveMarker(marker.Marker, coordinate);
            case SdlRef sdl:
                return ResolveNode(sdl.Node, coordinate);
            case ClrRef clr:
                return Infer(clr.Type, clr.Nullability, coordinate, input);
            default:
                Error($"\"{coordinate}\" has no type: call .Type<...>().");
                return null;
        }
    }

    /// <summary>A code-first type class or wrapper as a runtime type; creates the class's type on first use.</summary>
    public GraphQLType? ResolveMarker(Type marker, string coordinate)
    {
        if (marker.IsGenericType && (marker.GetGenericTypeDefinition() == typeof(NonNullType<>) || marker.GetGenericTypeDefinition() == typeof(ListType<>)))
        {
            GraphQLType? inner = ResolveMarker(marker.GetGenericArguments()[0], coordinate);
            if (inner is null)
            {
                return null;
            }

            if (marker.GetGenericTypeDefinition() == typeof(ListType<>))
            {
                return new ListType(inner);
            }

            if (inner is NonNullType)
            {
                Error($"\"{coordinate}\" wraps a non-null type in non-null again: {Naming.ClrName(marker)}.");
                return null;
            }

            return new NonNullType(inner);
        }

        if (_byClass.TryGetValue(marker, out NamedType? known))
        {
            return known;
        }

        if (!typeof(TypeDefinition).IsAssignableFrom(marker) || marker.IsAbstract || marker.GetConstructor(Type.EmptyTypes) is null)
        {
            Error($"\"{coordinate}\" refers to {Naming.ClrName(marker)}, which is not a type class with a parameterless constructor; register an instance with AddType.");
            return null;
        }

        return Register((TypeDefinition)Activator.CreateInstance(marker)!);
    }

    private GraphQLType? ResolveNode(TypeNode node, string coordinate)
    {
        switch (node)
        {
            case NonNullTypeNode nonNull:
                return ResolveNode(nonNull.Type, coordinate) is { } inner ? new NonNullType(inner) : null;
            case ListTypeNode list:
                return ResolveNode(list.Type, coordinate) is { } item ? new ListType(item) : null;
            default:
                string name = ((NamedTypeNode)node).Name.Value;
                if (_byName.TryGetValue(name, out NamedType? type) || (type = BuiltInScalars.Find(name)) is not null)
                {
                    return type;
                }

                Error($"\"{coordinate}\" refers to the unknown type \"{name}\".");
                return null;
        }
    }

    // CLR → GraphQL: T? and annotated references are nullable, IEnumerable<T> is a list, the named
    // type comes from an explicit binding, the built-in scalars, a registered type or an enum.
    private GraphQLType? Infer(Type clr, TypeNullability? nullability, string coordinate, bool input)
    {
        bool nullable;
        if (Nullable.GetUnderlyingType(clr) is { } underlying)
        {
            clr = underlying;
            nullable = true;
        }
        else
        {
            nullable = !clr.IsValueType && nullability?.Nullable != false;
        }

        GraphQLType? inner;
        if (clr != typeof(string) && ElementType(clr) is { } element)
        {
            inner = Infer(element, nullability?.Element, coordinate, input) is { } item ? new ListType(item) : null;
        }
        else
        {
            inner = NamedTypeFor(clr, coordinate, input);
        }

        return inner is null || nullable ? inner : new NonNullType(inner);
    }

    private NamedType? NamedTypeFor(Type clr, string coordinate, bool input)
    {
        if (bindings.TryGetValue(clr, out Type? definitionClass))
        {
            return ResolveMarker(definitionClass, coordinate)?.GetNamedType();
        }

        if (BuiltInFor(clr) is { } builtIn)
        {
            return builtIn;
        }

        if ((input ? _inputByClr : _outputByClr).TryGetValue(clr, out NamedType? registered))
        {
            if (_ambiguousClr.TryGetValue(clr, out string? both))
            {
                Error($"\"{coordinate}\" has the CLR type {Naming.ClrName(clr)}, which is bound to both {both}: declare the type with .Type<...>().");
                return null;
            }

            return registered;
        }

        if (clr.IsEnum)
        {
            return Register((TypeDefinition)Activator.CreateInstance(typeof(EnumType<>).MakeGenericType(clr))!);
        }

        Error($"\"{coordinate}\" has the CLR type {Naming.ClrName(clr)}, which no {(input ? "input" : "output")} type is bound to: "
            + "declare the type with .Type<...>() or register a type bound to it.");
        return null;
    }

    private static ScalarType? BuiltInFor(Type clr) =>
        clr == typeof(string) ? BuiltInScalars.String
        : clr == typeof(int) || clr == typeof(short) || clr == typeof(byte) ? BuiltInScalars.Int
        : clr == typeof(double) || clr == typeof(float) ? BuiltInScalars.Float
        : clr == typeof(bool) ? BuiltInScalars.Boolean
        : null;

    private static Type? ElementType(Type clr)
    {
        if (clr.IsArray)
        {
            return clr.GetElementType();
        }

        if (clr.IsGenericType && clr.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            return clr.GetGenericArguments()[0];
        }

        Type[] enumerables = [.. clr.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))];
        return enumerables.Length == 1 ? enumerables[0].GetGenericArguments()[0] : null;
    }

    // As the SDL builder does: the CLR value is turned into a literal of the type, which is then
    // coerced, so a default prints and introspects exactly as the same default written in SDL.
    private void CoerceDefaults()
    {
        foreach ((InputValue value, object? defaultValue, string coordinate) in _defaults)
        {
            ValueNode? literal;
            try
            {
                literal = AstFromValue.Convert(defaultValue, value.Type);
            }
            catch (ScalarCoercionException)
            {
                literal = null;
            }

            if (literal is not null && ValueFromAst.TryCoerce(literal, value.Type, null, out object? coerced))
            {
                value.DefaultValue = coerced;
                value.DefaultValueLiteral = literal;
            }
            else
            {
                Error($"Default value {defaultValue ?? "null"} of \"{coordinate}\" is not a valid \"{value.Type}\".");
            }
        }
    }
}
