using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Spec section 5.1.1, Executable Definitions: a document to execute holds only operations and
/// fragments; type system definitions and extensions make it invalid.
/// </summary>
public sealed class ExecutableDefinitions : ValidationRule
{
    public override bool Enter(Node node, ValidationContext context)
    {
        if (node is not DocumentNode document)
        {
            return true;
        }

        for (int i = 0; i < document.Definitions.Count; i++)
        {
            DefinitionNode definition = document.Definitions[i];
            if (definition is ExecutableDefinitionNode)
            {
                continue;
            }

            string name = definition switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => "schema",
                TypeDefinitionNode type => $"\"{type.Name.Value}\"",
                TypeExtensionNode extension => $"\"{extension.Name.Value}\"",
                DirectiveDefinitionNode directive => $"\"{directive.Name.Value}\"",
                _ => "\"?\"",
            };
            context.ReportError($"The {name} definition is not executable.", definition);
        }

        return true;
    }
}
