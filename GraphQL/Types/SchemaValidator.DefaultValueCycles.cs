namespace GraphQL.Types;

/// <summary>Spec section 3.10: input object default values must not expand for ever.</summary>
public static partial class SchemaValidator
{
    // Spec section 3.10, InputObjectDefaultValueHasCycle: starting from an empty value, following
    // field defaults must not come back to a field already followed, or coercing the empty value
    // would fill in defaults for ever. Defaults are read as written in SDL when they were.
    private static void ValidateDefaultValueCycles(InputObjectType input, List<SchemaError> errors)
    {
        foreach (InputField field in input.Fields)
        {
            if (FieldDefaultHasCycle(field, EmptyMap, []))
            {
                errors.Add(new SchemaError(
                    $"Invalid circular reference. The default value of Input Object field {input.Name}.{field.Name} references itself.",
                    field.AstNode?.Location));
                return;
            }
        }
    }

    private static readonly Dictionary<string, object?> EmptyMap = [];

    private static bool ObjectDefaultHasCycle(InputObjectType type, object? value, HashSet<InputField> visited)
    {
        if (AsList(value) is { } items)
        {
            foreach (object? item in items)
            {
                if (ObjectDefaultHasCycle(type, item, visited))
                {
                    return true;
                }
            }

            return false;
        }

        if (AsMap(value) is not { } map)
        {
            return false;
        }

        foreach (InputField field in type.Fields)
        {
            if (FieldDefaultHasCycle(field, map, visited))
            {
                return true;
            }
        }

        return false;
    }

    private static bool FieldDefaultHasCycle(InputField field, IReadOnlyDictionary<string, object?> map, HashSet<InputField> visited)
    {
        if (field.Type.GetNamedType() is not InputObjectType fieldType)
        {
            return false;
        }

        if (map.TryGetValue(field.Name, out object? given))
        {
            return ObjectDefaultHasCycle(fieldType, given, visited);
        }

        object? fieldDefault = field.DefaultValueLiteral ?? (field.HasDefaultValue ? field.DefaultValue : null);
        if (fieldDefault is null)
        {
            return false;
        }

        if (visited.Contains(field))
        {
            return true;
        }

        var next = new HashSet<InputField>(visited) { field };
        return ObjectDefaultHasCycle(fieldType, fieldDefault, next);
    }

    // A default is either a literal (from SDL) or a coerced value (from code).
    private static IEnumerable<object?>? AsList(object? value) => value switch
    {
        Language.Ast.ListValueNode list => list.Values,
        string or IReadOnlyDictionary<string, object?> => null,
        System.Collections.IEnumerable items => items.Cast<object?>(),
        _ => null,
    };

    private static IReadOnlyDictionary<string, object?>? AsMap(object? value)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> map:
                return map;
            case Language.Ast.ObjectValueNode obj:
                var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (Language.Ast.ObjectFieldNode field in obj.Fields)
                {
                    fields.TryAdd(field.Name.Value, field.Value);
                }

                return fields;
            default:
                return null;
        }
    }
}
