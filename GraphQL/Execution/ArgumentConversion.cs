using System.Collections;
using System.Globalization;

namespace GraphQL.Execution;

/// <summary>
/// Turns a coerced argument value into the CLR type a resolver asks for
/// (<see cref="IResolverContext.ArgumentValue{T}"/>): numbers between numeric types, enum names
/// to CLR enum members, and lists (coerced as <c>object?[]</c>) to arrays or typed lists.
/// </summary>
internal static class ArgumentConversion
{
    public static object? To(Type target, object? value, string argumentName)
    {
        if (value is null || target.IsInstanceOfType(value))
        {
            return value;
        }

        Type type = Nullable.GetUnderlyingType(target) ?? target;
        if (type.IsInstanceOfType(value))
        {
            return value;
        }

        if (type.IsEnum && value is string name)
        {
            return Enum.Parse(type, name, ignoreCase: true);
        }

        if (value is IConvertible && (type.IsPrimitive || type == typeof(decimal)))
        {
            return Convert.ChangeType(value, type, CultureInfo.InvariantCulture);
        }

        if (value is IEnumerable items and not string && ElementType(type) is { } elementType)
        {
            var converted = new List<object?>();
            foreach (object? item in items)
            {
                converted.Add(To(elementType, item, argumentName));
            }

            if (type.IsArray)
            {
                var array = Array.CreateInstance(elementType, converted.Count);
                for (int i = 0; i < converted.Count; i++)
                {
                    array.SetValue(converted[i], i);
                }

                return array;
            }

            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
            foreach (object? item in converted)
            {
                list.Add(item);
            }

            return list;
        }

        throw new InvalidCastException($"Argument \"{argumentName}\" holds a {value.GetType().Name}, not a {target.Name}.");
    }

    // T[], List<T>, and the read-only and mutable list and collection interfaces of T.
    private static Type? ElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (!type.IsGenericType || type.GetGenericArguments().Length != 1)
        {
            return null;
        }

        Type definition = type.GetGenericTypeDefinition();
        return definition == typeof(List<>) || definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyList<>)
            || definition == typeof(IReadOnlyCollection<>) || definition == typeof(IList<>) || definition == typeof(ICollection<>)
            ? type.GetGenericArguments()[0]
            : null;
    }
}
