using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Spec section 5.4.2, Argument Uniqueness: a field or directive gets each argument once.</summary>
public sealed class UniqueArgumentNames : ValidationRule
{
    public override bool Enter(Node node, ValidationContext context)
    {
        IReadOnlyList<ArgumentNode>? arguments = node switch
        {
            FieldNode field => field.Arguments,
            DirectiveNode directive => directive.Arguments,
            _ => null,
        };
        if (arguments is { Count: > 1 })
        {
            var reported = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < arguments.Count; i++)
            {
                string name = arguments[i].Name.Value;
                if (reported.Contains(name))
                {
                    continue;
                }

                var same = new List<Node> { arguments[i].Name };
                for (int j = i + 1; j < arguments.Count; j++)
                {
                    if (arguments[j].Name.Value == name)
                    {
                        same.Add(arguments[j].Name);
                    }
                }

                if (same.Count > 1)
                {
                    reported.Add(name);
                    context.ReportError($"There can be only one argument named \"{name}\".", [.. same]);
                }
            }
        }

        return true;
    }
}
