using System.Collections;
using System.Text;
using GraphQL.Types;
using GraphQL.Utilities;

namespace GraphQL.Execution;

/// <summary>
/// Input coercion of values that came as JSON, i.e. variable values (spec section 3, the "Input
/// Coercion" part of each type; graphql-js coerceInputValue). Lists become <c>object?[]</c>, input
/// objects dictionaries (or what <see cref="InputObjectType.Create"/> makes of them), enums their
/// internal values, scalars what ParseValue returns. Errors are reported with their path inside
/// the value, in graphql-js's words.
/// </summary>
internal static class InputCoercion
{
    /// <summary>Reports one error: the path inside the value, the value refused, the reason.</summary>
    public delegate void ErrorHandler(IReadOnlyList<object> path, object? invalidValue, string message);

    public static object? Coerce(object? value, GraphQLType type, ErrorHandler onError) =>
        Coerce(value, type, onError, []);

    private static object? Coerce(object? value, GraphQLType type, ErrorHandler onError, List<object> path)
    {
        if (type is NonNullType nonNull)
        {
            if (value is not null)
            {
                return Coerce(value, nonNull.OfType, onError, path);
            }

            onError([.. path], value, $"Expected non-nullable type \"{type}\" not to be null.");
            return null;
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                return CoerceList(value, list, onError, path);
            case InputObjectType inputObject:
                return CoerceInputObject(value, inputObject, onError, path);
            case EnumType enumType:
                return CoerceEnum(value, enumType, onError, path);
            case ScalarType scalar:
                return CoerceScalar(value, scalar, onError, path);
            default:
                throw new InvalidOperationException($"Unexpected input type {type}.");
        }
    }

    /// <summary>Whether a JSON value is a list (strings and maps are not, though they enumerate).</summary>
    public static bool IsList(object value) => value is IEnumerable and not string and not IReadOnlyDictionary<string, object?>;

    private static object?[] CoerceList(object value, ListType list, ErrorHandler onError, List<object> path)
    {
        if (!IsList(value))
        {
            // A single value stands for a list of one (spec section 3.12, input coercion).
            return [Coerce(value, list.OfType, onError, path)];
        }

        var items = new List<object?>();
        int index = 0;
        foreach (object? item in (IEnumerable)value)
        {
            path.Add(index);
            items.Add(Coerce(item, list.OfType, onError, path));
            path.RemoveAt(path.Count - 1);
            index++;
        }

        return [.. items];
    }

    private static object? CoerceInputObject(object value, InputObjectType type, ErrorHandler onError, List<object> path)
    {
        if (value is not IReadOnlyDictionary<string, object?> given)
        {
            onError([.. path], value, $"Expected type \"{type.Name}\" to be an object.");
            return null;
        }

        // Only a complete, valid map is handed to Create.
        bool failed = false;
        ErrorHandler outer = onError;
        onError = (errorPath, invalidValue, message) =>
        {
            failed = true;
            outer(errorPath, invalidValue, message);
        };

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (InputField field in type.Fields)
        {
            if (!given.TryGetValue(field.Name, out object? fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    coerced[field.Name] = LiteralCoercion.BindDefault(field.DefaultValue, field.Type);
                }
                else if (field.Type is NonNullType)
                {
                    onError([.. path], value, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
                }

                continue;
            }

            path.Add(field.Name);
            coerced[field.Name] = Coerce(fieldValue, field.Type, onError, path);
            path.RemoveAt(path.Count - 1);
        }

        foreach (string name in given.Keys)
        {
            if (type.GetField(name) is null)
            {
                var names = new List<string>();
                foreach (InputField field in type.Fields)
                {
                    names.Add(field.Name);
                }

                onError([.. path], value,
                    $"Field \"{name}\" is not defined by type \"{type.Name}\"." + Suggestions.DidYouMean(Suggestions.For(name, names)));
            }
        }

        // A OneOf input object takes exactly one field, not null (spec section 3.10.1).
        if (type.IsOneOf)
        {
            if (coerced.Count != 1)
            {
                onError([.. path], value, $"Exactly one key must be specified for OneOf type \"{type.Name}\".");
            }
            else
            {
                foreach (KeyValuePair<string, object?> entry in coerced)
                {
                    if (entry.Value is null)
                    {
                        onError([.. path, entry.Key], null, $"Field \"{entry.Key}\" must be non-null.");
                    }
                }
            }
        }

        if (type.Create is not { } create || failed)
        {
            return coerced;
        }

        try
        {
            return create(coerced);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // The binder refused the fields (a value its constructor or setters reject).
            onError([.. path], value, $"Expected type \"{type.Name}\". {error.Message}");
            return null;
        }
    }

    private static object? CoerceEnum(object value, EnumType type, ErrorHandler onError, List<object> path)
    {
        if (value is not string name)
        {
            string shown = Inspect.Value(value);
            onError([.. path], value, $"Enum \"{type.Name}\" cannot represent non-string value: {shown}." + DidYouMeanEnumValue(type, shown));
            return null;
        }

        if (type.GetValue(name) is { } enumValue)
        {
            return enumValue.Value;
        }

        onError([.. path], value, $"Value \"{name}\" does not exist in \"{type.Name}\" enum." + DidYouMeanEnumValue(type, name));
        return null;
    }

    internal static string DidYouMeanEnumValue(EnumType type, string unknown)
    {
        var names = new List<string>();
        foreach (EnumValue value in type.Values)
        {
            names.Add(value.Name);
        }

        return Suggestions.DidYouMean(Suggestions.For(unknown, names), "the enum value");
    }

    private static object? CoerceScalar(object value, ScalarType scalar, ErrorHandler onError, List<object> path)
    {
        try
        {
            object? parsed = scalar.ParseValue(value);
            if (parsed is null)
            {
                onError([.. path], value, $"Expected type \"{scalar.Name}\".");
            }

            return parsed;
        }
        catch (ScalarCoercionException error)
        {
            onError([.. path], value, error.Message);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            onError([.. path], value, $"Expected type \"{scalar.Name}\". {error.Message}");
        }

        return null;
    }

    /// <summary>A path inside a value as graphql-js prints it: <c>.field[0].other</c>.</summary>
    public static string PrintPath(IReadOnlyList<object> path)
    {
        var builder = new StringBuilder();
        foreach (object segment in path)
        {
            if (segment is int index)
            {
                builder.Append('[').Append(index).Append(']');
            }
            else
            {
                builder.Append('.').Append(segment);
            }
        }

        return builder.ToString();
    }
}
