using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (spec section 5): one walk of the document
/// runs every rule side by side. An empty result means the document is valid.
/// </summary>
public static class DocumentValidator
{
    /// <summary>graphql-js's default limit: a hostile document cannot make the error list huge.</summary>
    public const int DefaultMaxErrors = 100;

    /// <param name="rules">Rules to run; the rules of spec section 5 (<see cref="SpecifiedRules.Create"/>) when null.</param>
    /// <param name="maxErrors">Stop after this many errors, adding one that says validation was aborted.</param>
    public static IReadOnlyList<ValidationError> Validate(
        Schema schema,
        DocumentNode document,
        IReadOnlyList<ValidationRule>? rules = null,
        int maxErrors = DefaultMaxErrors)
    {
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, maxErrors);
        var visitor = new ParallelVisitor(rules ?? SpecifiedRules.Create(), context);
        try
        {
            AstWalker.Walk(document, typeInfo, visitor);
        }
        catch (ValidationAbortedException)
        {
            // The context has recorded why.
        }

        return context.Errors;
    }

    // Calls every rule; a rule that skips a node's children is left out until that node is left.
    private sealed class ParallelVisitor(IReadOnlyList<ValidationRule> rules, ValidationContext context) : IAstVisitor
    {
        private readonly Node?[] _skipping = new Node?[rules.Count];

        public bool Enter(Node node)
        {
            for (int i = 0; i < rules.Count; i++)
            {
                if (_skipping[i] is null && !rules[i].Enter(node, context))
                {
                    _skipping[i] = node;
                }
            }

            return true;
        }

        public void Leave(Node node)
        {
            for (int i = 0; i < rules.Count; i++)
            {
                if (_skipping[i] is null)
                {
                    rules[i].Leave(node, context);
                }
                else if (ReferenceEquals(_skipping[i], node))
                {
                    _skipping[i] = null;
                }
            }
        }
    }
}
