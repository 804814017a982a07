using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>Spec section 3.13: directives must not reference themselves.</summary>
internal sealed partial class SdlValidator
{
    // Spec section 3.13, Type Validation 2 and 3: a directive's arguments may not use the directive
    // itself, neither directly nor through the input types and directives they reference.
    private bool DirectiveReaches(DirectiveDefinitionNode definition, string target, HashSet<string> seenDirectives, HashSet<string> seenTypes)
    {
        foreach (InputValueDefinitionNode argument in definition.Arguments)
        {
            if (UsesReach(argument.Directives, target, seenDirectives, seenTypes)
                || TypeReaches(NamedTypeOf(argument.Type), target, seenDirectives, seenTypes))
            {
                return true;
            }
        }

        return false;
    }

    private bool UsesReach(IReadOnlyList<DirectiveNode> used, string target, HashSet<string> seenDirectives, HashSet<string> seenTypes)
    {
        foreach (DirectiveNode directive in used)
        {
            string name = directive.Name.Value;
            if (name == target)
            {
                return true;
            }

            if (seenDirectives.Add(name) && _directives.TryGetValue(name, out DirectiveDefinitionNode? definition)
                && DirectiveReaches(definition, target, seenDirectives, seenTypes))
            {
                return true;
            }
        }

        return false;
    }

    private bool TypeReaches(string typeName, string target, HashSet<string> seenDirectives, HashSet<string> seenTypes)
    {
        if (!seenTypes.Add(typeName))
        {
            return false;
        }

        var nodes = new List<Node>();
        if (_types.TryGetValue(typeName, out TypeDefinitionNode? definition))
        {
            nodes.Add(definition);
        }

        if (_extensions.TryGetValue(typeName, out List<TypeExtensionNode>? extensions))
        {
            nodes.AddRange(extensions);
        }

        foreach (Node node in nodes)
        {
            IReadOnlyList<DirectiveNode> directives = node is TypeDefinitionNode typeDefinition ? typeDefinition.Directives : ((TypeExtensionNode)node).Directives;
            if (UsesReach(directives, target, seenDirectives, seenTypes))
            {
                return true;
            }

            IReadOnlyList<InputValueDefinitionNode> fields = node switch
            {
                InputObjectTypeDefinitionNode input => input.Fields,
                InputObjectTypeExtensionNode input => input.Fields,
                _ => [],
            };
            foreach (InputValueDefinitionNode field in fields)
            {
                if (UsesReach(field.Directives, target, seenDirectives, seenTypes)
                    || TypeReaches(NamedTypeOf(field.Type), target, seenDirectives, seenTypes))
                {
                    return true;
                }
            }

            IReadOnlyList<EnumValueDefinitionNode> values = node switch
            {
                EnumTypeDefinitionNode enumType => enumType.Values,
                EnumTypeExtensionNode enumType => enumType.Values,
                _ => [],
            };
            foreach (EnumValueDefinitionNode value in values)
            {
                if (UsesReach(value.Directives, target, seenDirectives, seenTypes))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string NamedTypeOf(TypeNode type)
    {
        while (type is not NamedTypeNode)
        {
            type = type is ListTypeNode list ? list.Type : ((NonNullTypeNode)type).Type;
        }

        return ((NamedTypeNode)type).Name.Value;
    }
}
