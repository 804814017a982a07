using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation;

/// <summary>
/// Tracks, during a walk of a document, the schema elements at the current node: the parent
/// composite type, the current field and its type, the expected input type of a value, the
/// argument or directive being read, and the default value in effect. Follows graphql-js's TypeInfo.
/// </summary>
public sealed class TypeInfo(Schema schema)
{
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefinitionStack = [];
    private readonly List<(bool Has, object? Value)> _defaultValueStack = [];

    public Schema Schema { get; } = schema;

    /// <summary>The output type of the current field (or root or fragment type).</summary>
    public GraphQLType? Type => Peek(_typeStack);

    /// <summary>The composite type whose selection set we are in.</summary>
    public NamedType? ParentType => Peek(_parentTypeStack);

    /// <summary>The type the current value must have.</summary>
    public GraphQLType? InputType => Peek(_inputTypeStack);

    /// <summary>The input type of the value that contains the current one (the list or input object).</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    public FieldDefinition? FieldDefinition => Peek(_fieldDefinitionStack);

    /// <summary>The default value of the argument or input field being read, if it has one.</summary>
    public (bool Has, object? Value) DefaultValue => _defaultValueStack.Count > 0 ? _defaultValueStack[^1] : (false, null);

    public DirectiveDefinition? Directive { get; private set; }

    public Argument? Argument { get; private set; }

    public EnumValue? EnumValue { get; private set; }

    public void Enter(Node node)
    {
        switch (node)
        {
            case SelectionSetNode:
                NamedType? named = Type?.GetNamedType();
                _parentTypeStack.Add(named is ComplexType or UnionType ? named : null);
                break;
            case FieldNode field:
                FieldDefinition? definition = ParentType is { } parent ? GetFieldDefinition(Schema, parent, field.Name.Value) : null;
                _fieldDefinitionStack.Add(definition);
                _typeStack.Add(definition?.Type is { IsOutputType: true } fieldType ? fieldType : null);
                break;
            case DirectiveNode directive:
                Directive = Schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(Schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                GraphQLType? inlineType = inline.TypeCondition is { } condition ? TypeFromAst(Schema, condition) : Type?.GetNamedType();
                _typeStack.Add(inlineType is { IsOutputType: true } ? inlineType : null);
                break;
            case FragmentDefinitionNode fragment:
                GraphQLType? fragmentType = TypeFromAst(Schema, fragment.TypeCondition);
                _typeStack.Add(fragmentType is { IsOutputType: true } ? fragmentType : null);
                break;
            case VariableDefinitionNode variable:
                GraphQLType? variableType = TypeFromAst(Schema, variable.Type);
                _inputTypeStack.Add(variableType is { IsInputType: true } ? variableType : null);
                break;
            case ArgumentNode argumentNode:
                Argument? argument = Directive is { } directiveDefinition
                    ? directiveDefinition.GetArgument(argumentNode.Name.Value)
                    : FieldDefinition?.GetArgument(argumentNode.Name.Value);
                Argument = argument;
                _defaultValueStack.Add(argument is { HasDefaultValue: true } ? (true, argument.DefaultValue) : (false, null));
                _inputTypeStack.Add(argument?.Type is { IsInputType: true } argumentType ? argumentType : null);
                break;
            case ListValueNode:
                GraphQLType? listType = Nullable(InputType);
                GraphQLType? itemType = listType is ListType list ? list.OfType : listType;
                _defaultValueStack.Add((false, null));
                _inputTypeStack.Add(itemType is { IsInputType: true } ? itemType : null);
                break;
            case ObjectFieldNode objectField:
                InputField? inputField = InputType?.GetNamedType() is InputObjectType inputObject
                    ? inputObject.GetField(objectField.Name.Value)
                    : null;
                _defaultValueStack.Add(inputField is { HasDefaultValue: true } ? (true, inputField.DefaultValue) : (false, null));
                _inputTypeStack.Add(inputField?.Type is { IsInputType: true } inputFieldType ? inputFieldType : null);
                break;
            case EnumValueNode enumValue:
                EnumValue = InputType?.GetNamedType() is EnumType enumType ? enumType.GetValue(enumValue.Value) : null;
                break;
        }
    }

    public void Leave(Node node)
    {
        switch (node)
        {
            case SelectionSetNode:
                Pop(_parentTypeStack);
                break;
            case FieldNode:
                Pop(_fieldDefinitionStack);
                Pop(_typeStack);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                Pop(_typeStack);
                break;
            case VariableDefinitionNode:
                Pop(_inputTypeStack);
                break;
            case ArgumentNode:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case ListValueNode or ObjectFieldNode:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case EnumValueNode:
                EnumValue = null;
                break;
        }
    }

    /// <summary>
    /// The definition of a field on a composite type, including the meta-fields: __typename on any
    /// composite type, __schema and __type on the query root only (spec section 4.2).
    /// </summary>
    public static FieldDefinition? GetFieldDefinition(Schema schema, NamedType parentType, string name)
    {
        if (name.Length > 2 && name[0] == '_' && name[1] == '_')
        {
            if (name == "__typename" && parentType is ComplexType or UnionType)
            {
                return Introspection.TypeNameField;
            }

            if (ReferenceEquals(parentType, schema.QueryType))
            {
                if (name == "__schema")
                {
                    return Introspection.SchemaField;
                }

                if (name == "__type")
                {
                    return Introspection.TypeField;
                }
            }
        }

        return parentType is ComplexType complex ? complex.GetField(name) : null;
    }

    /// <summary>The schema type a type reference names, or null if a named type is unknown.</summary>
    public static GraphQLType? TypeFromAst(Schema schema, TypeNode node) => node switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        _ => null,
    };

    private static GraphQLType? Nullable(GraphQLType? type) => type is NonNullType nonNull ? nonNull.OfType : type;

    private static T? Peek<T>(List<T?> stack) => stack.Count > 0 ? stack[^1] : default;

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);
}
