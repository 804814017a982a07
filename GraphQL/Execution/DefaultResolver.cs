using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace GraphQL.Execution;

/// <summary>
/// The resolver of fields that have none (graphql-js defaultFieldResolver): the parent map's
/// (IReadOnlyDictionary or IDictionary) entry of the field's name, or the parent's public property of that name, case ignored.
/// Getters are compiled once per CLR type and property, and each field remembers the last one.
/// </summary>
internal static class DefaultResolver
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), PropertyAccessor> Accessors = new();

    public static object? Resolve(FieldPlan plan, object? source)
    {
        if (source is null)
        {
            return null;
        }

        if (source is IReadOnlyDictionary<string, object?> map)
        {
            return map.TryGetValue(plan.Definition.Name, out object? entry) ? entry : null;
        }

        if (source is IDictionary<string, object?> dictionary)
        {
            return dictionary.TryGetValue(plan.Definition.Name, out object? entry) ? entry : null;
        }

        Type type = source.GetType();
        PropertyAccessor? accessor = plan.Accessor;
        if (accessor is null || accessor.Type != type)
        {
            accessor = Accessors.GetOrAdd((type, plan.Definition.Name), static key => Compile(key.Type, key.Name));
            plan.Accessor = accessor;
        }

        return accessor.Get is { } get ? get(source) : null;
    }

    private static PropertyAccessor Compile(Type type, string name)
    {
        PropertyInfo? property = null;
        foreach (PropertyInfo candidate in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (candidate.GetIndexParameters().Length > 0 || candidate.GetMethod is not { IsPublic: true })
            {
                continue;
            }

            if (candidate.Name == name)
            {
                property = candidate;
                break;
            }

            if (property is null && string.Equals(candidate.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                property = candidate;
            }
        }

        if (property is null)
        {
            return new PropertyAccessor(type, null);
        }

        // (object source) => (object)((T)source).Property
        ParameterExpression source = Expression.Parameter(typeof(object), "source");
        Expression read = Expression.Property(Expression.Convert(source, type), property);
        var getter = Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), source).Compile();
        return new PropertyAccessor(type, getter);
    }
}
