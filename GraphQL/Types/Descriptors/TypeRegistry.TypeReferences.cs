using GraphQL.Language.Ast;

namespace GraphQL.Types.Descriptors;

/// <summary>Resolving type references: type classes, SDL names, and CLR types by inference.</summary>
internal sealed partial class TypeRegistry
{
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
}
