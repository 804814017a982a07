using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Spec section 5.5.2.2, Fragment Spreads Must Not Form Cycles: a fragment may not spread itself,
/// directly or through others, since expanding it would never end. Each cycle is reported once,
/// naming the path, as graphql-js does.
/// </summary>
public sealed class NoFragmentCycles : ValidationRule
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _path = [];
    private readonly Dictionary<string, int> _pathIndex = new(StringComparer.Ordinal);

    public override bool Enter(Node node, ValidationContext context)
    {
        if (node is FragmentDefinitionNode fragment)
        {
            DetectCycles(fragment, context);
            return false;
        }

        return node is DocumentNode;
    }

    private void DetectCycles(FragmentDefinitionNode fragment, ValidationContext context)
    {
        string name = fragment.Name.Value;
        if (!_visited.Add(name))
        {
            return;
        }

        IReadOnlyList<FragmentSpreadNode> spreads = context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return;
        }

        _pathIndex[name] = _path.Count;
        foreach (FragmentSpreadNode spread in spreads)
        {
            string target = spread.Name.Value;
            _path.Add(spread);
            if (!_pathIndex.TryGetValue(target, out int cycleIndex))
            {
                if (context.GetFragment(target) is { } targetFragment)
                {
                    DetectCycles(targetFragment, context);
                }
            }
            else
            {
                var cycle = _path.GetRange(cycleIndex, _path.Count - cycleIndex);
                var via = new List<string>();
                for (int i = 0; i < cycle.Count - 1; i++)
                {
                    via.Add($"\"{cycle[i].Name.Value}\"");
                }

                context.ReportError(
                    $"Cannot spread fragment \"{target}\" within itself" + (via.Count > 0 ? $" via {string.Join(", ", via)}." : "."),
                    [.. cycle]);
            }

            _path.RemoveAt(_path.Count - 1);
        }

        _pathIndex.Remove(name);
    }
}
