using System.Text;

namespace GraphQL.Types;

/// <summary>
/// The type system validation of spec section 3 (graphql-js validateSchema), on a built schema:
/// a query root, reserved "__" names, types with fields/values/members, input and output types in
/// the right places, interfaces implemented correctly (spec section 3.7 IsValidImplementation), no
/// deprecated required arguments or input fields, OneOf rules (section 3.10.1), and no input object
/// that contains itself through non-null fields (section 3.10 "Circular References").
/// </summary>
public static partial class SchemaValidator
{
    public static IReadOnlyList<SchemaError> Validate(Schema schema)
    {
        var errors = new List<SchemaError>();
        ValidateRootTypes(schema, errors);
        ValidateDirectives(schema, errors);
        ValidateTypes(schema, errors);
        return errors;
    }

    private static void ValidateRootTypes(Schema schema, List<SchemaError> errors)
    {
        if (schema.QueryType is null)
        {
            errors.Add(new SchemaError("Query root type must be provided."));
        }
    }

    private static void ValidateDirectives(Schema schema, List<SchemaError> errors)
    {
        foreach (DirectiveDefinition directive in schema.Directives)
        {
            ValidateName(directive.Name, errors, directive.Arguments.Count > 0 ? directive.Arguments[0].AstNode?.Location : null);
            if (directive.Locations.Count == 0)
            {
                errors.Add(new SchemaError($"Directive @{directive.Name} must include 1 or more locations."));
            }

            foreach (Argument argument in directive.Arguments)
            {
                ValidateName(argument.Name, errors, argument.AstNode?.Location);
                if (!argument.Type.IsInputType)
                {
                    errors.Add(new SchemaError(
                        $"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", argument.AstNode?.Location));
                }

                if (argument.IsRequired && argument.IsDeprecated)
                {
                    errors.Add(new SchemaError(
                        $"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.", argument.AstNode?.Location));
                }
            }
        }
    }

    private static void ValidateTypes(Schema schema, List<SchemaError> errors)
    {
        var checkedForCycles = new HashSet<InputObjectType>();
        foreach (NamedType type in schema.Types.Values)
        {
            if (Introspection.IsIntrospectionType(type))
            {
                continue;
            }

            ValidateName(type.Name, errors, null);
            switch (type)
            {
                case ComplexType complex:
                    ValidateFields(complex, errors);
                    ValidateInterfaces(complex, errors);
                    break;
                case UnionType union:
                    ValidateUnion(union, errors);
                    break;
                case EnumType enumType:
                    ValidateEnum(enumType, errors);
                    break;
                case InputObjectType input:
                    ValidateInputFields(input, errors);
                    ValidateInputCycles(input, checkedForCycles, errors);
                    ValidateDefaultValueCycles(input, errors);
                    break;
            }
        }
    }

    // Names starting with "__" belong to introspection (spec section 3.1, "Reserved Names").
    private static void ValidateName(string name, List<SchemaError> errors, Language.Location? location)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            errors.Add(new SchemaError(
                $"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", location));
        }
    }

    private static void ValidateFields(ComplexType type, List<SchemaError> errors)
    {
        if (type.Fields.Count == 0)
        {
            errors.Add(new SchemaError($"Type {type.Name} must define one or more fields."));
        }

        foreach (FieldDefinition field in type.Fields)
        {
            ValidateName(field.Name, errors, field.AstNode?.Location);
            if (!field.Type.IsOutputType)
            {
                errors.Add(new SchemaError(
                    $"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.AstNode?.Type.Location));
            }

            foreach (Argument argument in field.Arguments)
            {
                ValidateName(argument.Name, errors, argument.AstNode?.Location);
                if (!argument.Type.IsInputType)
                {
                    errors.Add(new SchemaError(
                        $"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.",
                        argument.AstNode?.Type.Location));
                }

                if (argument.IsRequired && argument.IsDeprecated)
                {
                    errors.Add(new SchemaError(
                        $"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.", argument.AstNode?.Location));
                }
            }
        }
    }

    private static void ValidateInterfaces(ComplexType type, List<SchemaError> errors)
    {
        var seen = new HashSet<InterfaceType>();
        foreach (InterfaceType iface in type.Interfaces)
        {
            if (ReferenceEquals(iface, type))
            {
                errors.Add(new SchemaError($"Type {type.Name} cannot implement itself because it would create a circular reference."));
                continue;
            }

            if (!seen.Add(iface))
            {
                errors.Add(new SchemaError($"Type {type.Name} can only implement {iface.Name} once."));
                continue;
            }

            ValidateTransitiveInterfaces(type, iface, errors);
            ValidateImplementation(type, iface, errors);
        }
    }

    // Spec section 3.7: an implementation must also implement every interface its interfaces implement.
    private static void ValidateTransitiveInterfaces(ComplexType type, InterfaceType iface, List<SchemaError> errors)
    {
        foreach (InterfaceType transitive in iface.Interfaces)
        {
            if (!type.Implements(transitive))
            {
                errors.Add(new SchemaError(ReferenceEquals(transitive, type)
                    ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                    : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}."));
            }
        }
    }

    // Spec section 3.7, IsValidImplementation.
    private static void ValidateImplementation(ComplexType type, InterfaceType iface, List<SchemaError> errors)
    {
        foreach (FieldDefinition interfaceField in iface.Fields)
        {
            string fieldName = interfaceField.Name;
            FieldDefinition? typeField = type.GetField(fieldName);
            if (typeField is null)
            {
                errors.Add(new SchemaError($"Interface field {iface.Name}.{fieldName} expected but {type.Name} does not provide it."));
                continue;
            }

            // New in the September 2025 edition (IsValidImplementation 2.6); graphql-js 16 does not check it.
            if (typeField.IsDeprecated && !interfaceField.IsDeprecated)
            {
                errors.Add(new SchemaError(
                    $"Interface field {iface.Name}.{fieldName} is not deprecated, so implementation field {type.Name}.{fieldName} must not be deprecated.",
                    typeField.AstNode?.Location));
            }

            if (!TypeComparators.IsTypeSubTypeOf(typeField.Type, interfaceField.Type))
            {
                errors.Add(new SchemaError(
                    $"Interface field {iface.Name}.{fieldName} expects type {interfaceField.Type} but {type.Name}.{fieldName} is type {typeField.Type}.",
                    typeField.AstNode?.Type.Location));
            }

            foreach (Argument interfaceArgument in interfaceField.Arguments)
            {
                Argument? typeArgument = typeField.GetArgument(interfaceArgument.Name);
                if (typeArgument is null)
                {
                    errors.Add(new SchemaError(
                        $"Interface field argument {iface.Name}.{fieldName}({interfaceArgument.Name}:) expected but {type.Name}.{fieldName} does not provide it.",
                        typeField.AstNode?.Location));
                    continue;
                }

                // Arguments are contravariant in principle, but the spec asks for the same type.
                if (!TypeComparators.IsEqualType(interfaceArgument.Type, typeArgument.Type))
                {
                    errors.Add(new SchemaError(
                        $"Interface field argument {iface.Name}.{fieldName}({interfaceArgument.Name}:) expects type {interfaceArgument.Type} but {type.Name}.{fieldName}({interfaceArgument.Name}:) is type {typeArgument.Type}.",
                        typeArgument.AstNode?.Type.Location));
                }
            }

            foreach (Argument typeArgument in typeField.Arguments)
            {
                if (typeArgument.IsRequired && interfaceField.GetArgument(typeArgument.Name) is null)
                {
                    errors.Add(new SchemaError(
                        $"Object field {type.Name}.{fieldName} includes required argument {typeArgument.Name} that is missing from the Interface field {iface.Name}.{fieldName}.",
                        typeArgument.AstNode?.Location));
                }
            }
        }
    }

    private static void ValidateUnion(UnionType union, List<SchemaError> errors)
    {
        if (union.Types.Count == 0)
        {
            errors.Add(new SchemaError($"Union type {union.Name} must define one or more member types."));
        }

        var seen = new HashSet<ObjectType>();
        foreach (ObjectType member in union.Types)
        {
            if (!seen.Add(member))
            {
                errors.Add(new SchemaError($"Union type {union.Name} can only include type {member.Name} once."));
            }
        }
    }

    private static void ValidateEnum(EnumType enumType, List<SchemaError> errors)
    {
        if (enumType.Values.Count == 0)
        {
            errors.Add(new SchemaError($"Enum type {enumType.Name} must define one or more values."));
        }

        foreach (EnumValue value in enumType.Values)
        {
            ValidateName(value.Name, errors, null);
            if (value.Name is "true" or "false" or "null")
            {
                errors.Add(new SchemaError($"Enum type {enumType.Name} cannot include value: {value.Name}."));
            }
        }
    }

    private static void ValidateInputFields(InputObjectType input, List<SchemaError> errors)
    {
        if (input.Fields.Count == 0)
        {
            errors.Add(new SchemaError($"Input Object type {input.Name} must define one or more fields."));
        }

        foreach (InputField field in input.Fields)
        {
            ValidateName(field.Name, errors, field.AstNode?.Location);
            if (!field.Type.IsInputType)
            {
                errors.Add(new SchemaError(
                    $"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.", field.AstNode?.Type.Location));
            }

            if (field.IsRequired && field.IsDeprecated)
            {
                errors.Add(new SchemaError($"Required input field {input.Name}.{field.Name} cannot be deprecated.", field.AstNode?.Location));
            }

            if (input.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    errors.Add(new SchemaError($"OneOf input field {input.Name}.{field.Name} must be nullable.", field.AstNode?.Location));
                }

                if (field.HasDefaultValue)
                {
                    errors.Add(new SchemaError($"OneOf input field {input.Name}.{field.Name} cannot have a default value.", field.AstNode?.Location));
                }
            }
        }
    }

    // Spec section 3.10: an input object may not reach itself through a chain of non-null
    // (non-list) fields, since no finite value could satisfy it. Found with a depth-first search
    // that reports each cycle once, as graphql-js does.
    private static void ValidateInputCycles(InputObjectType start, HashSet<InputObjectType> visited, List<SchemaError> errors)
    {
        var path = new List<InputField>();
        var pathIndex = new Dictionary<InputObjectType, int>();
        Detect(start);

        void Detect(InputObjectType type)
        {
            if (!visited.Add(type))
            {
                return;
            }

            pathIndex[type] = path.Count;
            foreach (InputField field in type.Fields)
            {
                if (field.Type is not NonNullType { OfType: InputObjectType fieldType })
                {
                    continue;
                }

                path.Add(field);
                if (!pathIndex.TryGetValue(fieldType, out int cycleIndex))
                {
                    Detect(fieldType);
                }
                else
                {
                    var names = new StringBuilder();
                    for (int i = cycleIndex; i < path.Count; i++)
                    {
                        if (names.Length > 0)
                        {
                            names.Append('.');
                        }

                        names.Append(path[i].Name);
                    }

                    errors.Add(new SchemaError(
                        $"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{names}\".",
                        field.AstNode?.Location));
                }

                path.RemoveAt(path.Count - 1);
            }

            pathIndex.Remove(type);
        }
    }
}
