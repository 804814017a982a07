using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Spec section 5.6.3, Input Object Field Uniqueness: an object value gives each field once.</summary>
public sealed class UniqueInputFieldNames : ValidationRule
{
    public override bool Enter(Node node, ValidationContext context)
    {
        if (node is ObjectValueNode { Fields.Count: > 1 } obj)
        {
            var seen = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            foreach (ObjectFieldNode field in obj.Fields)
            {
                if (seen.TryGetValue(field.Name.Value, out NameNode? first))
                {
                    context.ReportError($"There can be only one input field named \"{field.Name.Value}\".", first, field.Name);
                }
                else
                {
                    seen[field.Name.Value] = field.Name;
                }
            }
        }

        return true;
    }
}
