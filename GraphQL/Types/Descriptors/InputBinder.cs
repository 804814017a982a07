using System.Collections;
using System.Globalization;
using System.Reflection;

namespace GraphQL.Types.Descriptors;

/// <summary>
/// Builds a CLR object from a coerced input object map: constructor parameters that match a bound
/// member by name are passed in (a record's primary constructor), other bound members are set.
/// Absent fields leave a parameter at its default and a member untouched.
/// </summary>
internal sealed class InputBinder
{
    private readonly Type _type;
    private readonly ConstructorInfo? _constructor;
    private readonly ParameterInfo[] _parameters;
    private readonly string?[] _parameterFields;
    private readonly List<(string Field, MemberInfo Member)> _setMembers = [];
    private readonly IReadOnlyDictionary<Type, Func<IReadOnlyDictionary<string, object?>, object>> _factories;

    public InputBinder(
        Type type,
        IReadOnlyList<(string Field, MemberInfo Member)> members,
        IReadOnlyDictionary<Type, Func<IReadOnlyDictionary<string, object?>, object>> factories)
    {
        _type = type;
        _factories = factories;

        // The public constructor that takes the most members; a record's primary constructor.
        ConstructorInfo? best = null;
        int bestMatches = -1;
        foreach (ConstructorInfo constructor in type.GetConstructors())
        {
            ParameterInfo[] parameters = constructor.GetParameters();
            int matches = parameters.Count(p => members.Any(m => Matches(p, m.Member)));
            bool fillable = parameters.All(p => p.HasDefaultValue || members.Any(m => Matches(p, m.Member)));
            if (fillable && matches > bestMatches)
            {
                best = constructor;
                bestMatches = matches;
            }
        }

        if (best is null && !type.IsValueType)
        {
            throw new InvalidOperationException(
                $"{Naming.ClrName(type)} has no public constructor whose parameters are all bound input fields or optional.");
        }

        _constructor = best;
        _parameters = best?.GetParameters() ?? [];
        _parameterFields = new string?[_parameters.Length];
        for (int i = 0; i < _parameters.Length; i++)
        {
            foreach ((string field, MemberInfo member) in members)
            {
                if (Matches(_parameters[i], member))
                {
                    _parameterFields[i] = field;
                }
            }
        }

        foreach ((string field, MemberInfo member) in members)
        {
            if (!_parameterFields.Contains(field))
            {
                if (member is PropertyInfo { CanWrite: false } or FieldInfo { IsInitOnly: true })
                {
                    throw new InvalidOperationException(
                        $"The input field \"{field}\" binds to {Naming.ClrName(type)}.{member.Name}, which neither a constructor nor a setter can fill.");
                }

                _setMembers.Add((field, member));
            }
        }
    }

    public object Create(IReadOnlyDictionary<string, object?> fields)
    {
        var arguments = new object?[_parameters.Length];
        for (int i = 0; i < arguments.Length; i++)
        {
            ParameterInfo parameter = _parameters[i];
            arguments[i] = _parameterFields[i] is { } field && fields.TryGetValue(field, out object? value)
                ? ConvertTo(value, parameter.ParameterType)
                : parameter.HasDefaultValue ? parameter.DefaultValue : null;
        }

        object result = _constructor is null ? Activator.CreateInstance(_type)! : _constructor.Invoke(arguments);
        foreach ((string field, MemberInfo member) in _setMembers)
        {
            if (fields.TryGetValue(field, out object? value))
            {
                if (member is PropertyInfo property)
                {
                    property.SetValue(result, ConvertTo(value, property.PropertyType));
                }
                else
                {
                    ((FieldInfo)member).SetValue(result, ConvertTo(value, ((FieldInfo)member).FieldType));
                }
            }
        }

        return result;
    }

    private static bool Matches(ParameterInfo parameter, MemberInfo member) =>
        string.Equals(parameter.Name, member.Name, StringComparison.OrdinalIgnoreCase)
        && parameter.ParameterType == Naming.MemberType(member);

    // Coerced values are int, double, string, bool, enum members, object?[] and maps; the CLR
    // member may be long, a list type, a nested bound input.
    private object? ConvertTo(object? value, Type target)
    {
        if (value is null || target.IsInstanceOfType(value))
        {
            return value;
        }

        target = Nullable.GetUnderlyingType(target) ?? target;
        if (target.IsInstanceOfType(value))
        {
            return value;
        }

        if (value is IReadOnlyDictionary<string, object?> map && _factories.TryGetValue(target, out var create))
        {
            return create(map);
        }

        if (value is IEnumerable items and not string && ElementType(target) is { } element)
        {
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            foreach (object? item in items)
            {
                list.Add(ConvertTo(item, element));
            }

            if (target.IsArray)
            {
                var array = Array.CreateInstance(element, list.Count);
                list.CopyTo(array, 0);
                return array;
            }

            return list;
        }

        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(target))
        {
            return Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }

        throw new InvalidOperationException($"Cannot bind a {value.GetType().Name} to {Naming.ClrName(target)} in {Naming.ClrName(_type)}.");
    }

    // The element type of a target a List<E> or E[] can be assigned to.
    private static Type? ElementType(Type target)
    {
        if (target.IsArray)
        {
            return target.GetElementType();
        }

        if (target.IsGenericType && target.GetGenericArguments() is [Type element]
            && target.IsAssignableFrom(typeof(List<>).MakeGenericType(element)))
        {
            return element;
        }

        return null;
    }
}
