using System.Runtime.CompilerServices;
using GraphQL.Language.Ast;

namespace GraphQL.Validation.Limits;

/// <summary>
/// Refuses an operation whose fields nest deeper than a maximum (default 15). Depth counts fields
/// only: <c>{ a }</c> has depth 1, <c>{ a { b } }</c> depth 2; fragments add the depth of what they
/// select, not a level of their own. Introspection fields count like any other; graphql-js's full
/// introspection query (nine levels of <c>ofType</c>) has depth 15 exactly, so it passes the default.
/// Not part of the GraphQL spec; the GraphQL-over-HTTP spec allows such extra rules (section "Validation").
/// </summary>
public sealed class MaxDepthRule(int maxDepth = 15) : ValidationRule
{
    private readonly Dictionary<string, int> _fragmentDepths = new(StringComparer.Ordinal);
    private readonly HashSet<string> _visiting = new(StringComparer.Ordinal);

    public int MaxDepth { get; } = maxDepth;

    public override bool Enter(Node node, ValidationContext context)
    {
        switch (node)
        {
            case OperationDefinitionNode operation:
                int depth;
                try
                {
                    depth = Depth(operation.SelectionSet, context);
                }
                catch (InsufficientExecutionStackException)
                {
                    // Only a chain of thousands of fragments gets here; it is too deep by any measure.
                    LimitErrors.Report(context, $"The query is nested too deeply to measure; the maximum depth is {MaxDepth}.",
                        LimitErrorCodes.MaxDepthExceeded, operation);
                    return false;
                }

                if (depth > MaxDepth)
                {
                    LimitErrors.Report(context, $"The query has depth {depth}, which exceeds the maximum of {MaxDepth}.",
                        LimitErrorCodes.MaxDepthExceeded, operation);
                }

                return false;
            case FragmentDefinitionNode:
                // Measured where operations spread them.
                return false;
            default:
                return true;
        }
    }

    private int Depth(SelectionSetNode selectionSet, ValidationContext context)
    {
        // The parser bounds selection-set nesting, but not chains of fragment spreads.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        int max = 0;
        foreach (SelectionNode selection in selectionSet.Selections)
        {
            int depth = selection switch
            {
                FieldNode { SelectionSet: { } children } => 1 + Depth(children, context),
                FieldNode => 1,
                InlineFragmentNode inline => Depth(inline.SelectionSet, context),
                FragmentSpreadNode spread => FragmentDepth(spread.Name.Value, context),
                _ => 0,
            };
            max = Math.Max(max, depth);
        }

        return max;
    }

    private int FragmentDepth(string name, ValidationContext context)
    {
        if (_fragmentDepths.TryGetValue(name, out int known))
        {
            return known;
        }

        // A cycle (NoFragmentCycles reports it) or an unknown fragment (KnownFragmentNames) adds nothing.
        if (context.GetFragment(name) is not { } fragment || !_visiting.Add(name))
        {
            return 0;
        }

        int depth = Depth(fragment.SelectionSet, context);
        _visiting.Remove(name);
        _fragmentDepths[name] = depth;
        return depth;
    }
}
