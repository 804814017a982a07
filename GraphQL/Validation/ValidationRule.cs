using GraphQL.Language.Ast;

namespace GraphQL.Validation;

/// <summary>
/// One rule of spec section 5. The validator walks the document once and calls every rule on
/// entering and leaving each node, with <see cref="ValidationContext.TypeInfo"/> describing where
/// in the schema that node is. A rule keeps its state in its own fields, so each validation run
/// gets fresh instances (see <see cref="SpecifiedRules"/>).
/// </summary>
public abstract class ValidationRule
{
    /// <summary>Return false to skip the node's children for this rule.</summary>
    public virtual bool Enter(Node node, ValidationContext context) => true;

    public virtual void Leave(Node node, ValidationContext context)
    {
    }
}
