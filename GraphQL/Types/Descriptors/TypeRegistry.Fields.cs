using System.Reflection;

namespace GraphQL.Types.Descriptors;

/// <summary>Completing fields, arguments and input fields, and binding input objects to their CLR types.</summary>
internal sealed partial class TypeRegistry
{
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
            Subscriber = owner is ObjectType ? descriptor.Subscriber : null,
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
    public Func<IReadOnlyDictionary<string, object?>, object>? InputFactory(Type clr, IReadOnlyList<(string Field, MemberInfo Member)> members)
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
}
