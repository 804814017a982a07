using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Spec section 5.5.2.2, Fragment Spreads Must Not Form Cycles: a fragment may not spread itself,
/// directly or through others, since expanding it would never end. Each cycle is reported once,
/// naming the path, as graphql-js does.
/// </summary>
public sealed class NoFragmentCycles : ValidationRule
{
    // Created on the first fragment definition; most documents have none.
    private HashSet<string>? _visited;
    private List<FragmentSpreadNode>? _path;
    private Dictionary<string, int>? _pathIndex;

    public override bool Enter(Node node, ValidationContext context)
    {
        if (node is FragmentDefinitionNode fragment)
        {
            _visited ??= new HashSet<string>(StringComparer.Ordinal);
            _path ??= [];
            _pathIndex ??= new Dictionary<string, int>(StringComparer.Ordinal);
            DetectCycles(fragment, context, _visited, _path, _pathIndex);
            return false;
        }

        return node is DocumentNode;
    }

    private static void DetectCycles(
        FragmentDefinitionNode fragment,
        ValidationContext context,
        HashSet<string> visited,
        List<FragmentSpreadNode> path,
        Dictionary<string, int> pathIndex)
    {
        string name = fragment.Name.Value;
        if (!visited.Add(name))
        {
            return;
        }

        IReadOnlyList<FragmentSpreadNode> spreads = context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return;
        }

        pathIndex[name] = path.Count;
        foreach (FragmentSpreadNode spread in spreads)
        {
            string target = spread.Name.Value;
            path.Add(spread);
            if (!pathIndex.TryGetValue(target, out int cycleIndex))
            {
                if (context.GetFragment(target) is { } targetFragment)
                {
                    DetectCycles(targetFragment, context, visited, path, pathIndex);
                }
            }
            else
            {
                var cycle = path.GetRange(cycleIndex, path.Count - cycleIndex);
                var via = new List<string>();
                for (int i = 0; i < cycle.Count - 1; i++)
                {
                    via.Add($"\"{cycle[i].Name.Value}\"");
                }

                context.ReportError(
                    $"Cannot spread fragment \"{target}\" within itself" + (via.Count > 0 ? $" via {string.Join(", ", via)}." : "."),
                    [.. cycle]);
            }

            path.RemoveAt(path.Count - 1);
        }

        pathIndex.Remove(name);
    }
}
