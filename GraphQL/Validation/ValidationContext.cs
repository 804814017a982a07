using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation;

/// <summary>
/// What rules share during one validation: the schema, the document, the current
/// <see cref="TypeInfo"/>, the errors so far, and cached facts about fragments and variables.
/// </summary>
public sealed class ValidationContext
{
    private readonly List<ValidationError> _errors = [];
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    // Caches, created on first use: most documents need few of them.
    private Dictionary<SelectionSetNode, List<FragmentSpreadNode>>? _spreads;
    private Dictionary<OperationDefinitionNode, List<FragmentDefinitionNode>>? _recursiveFragments;
    private Dictionary<Node, List<VariableUsage>>? _variableUsages;
    private Dictionary<OperationDefinitionNode, List<VariableUsage>>? _recursiveVariableUsages;

    private static readonly List<FragmentDefinitionNode> NoFragments = [];
    private static readonly List<VariableUsage> NoUsages = [];

    public ValidationContext(Schema schema, DocumentNode document, TypeInfo typeInfo, int maxErrors = int.MaxValue)
    {
        Schema = schema;
        Document = document;
        TypeInfo = typeInfo;
        MaxErrors = maxErrors;
    }

    /// <summary>After this many errors validation stops, as graphql-js's maxErrors option does.</summary>
    public int MaxErrors { get; }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public TypeInfo TypeInfo { get; }

    public IReadOnlyList<ValidationError> Errors => _errors;

    public void ReportError(string message, params Node[] nodes)
    {
        var locations = new Location[nodes.Length];
        for (int i = 0; i < nodes.Length; i++)
        {
            locations[i] = nodes[i].Location;
        }

        ReportError(new ValidationError(message, locations));
    }

    /// <summary>Reports a prepared error, for rules whose errors carry their own code (the limits).</summary>
    public void ReportError(ValidationError error)
    {
        if (_errors.Count >= MaxErrors)
        {
            _errors.Add(new ValidationError("Too many validation errors, error limit reached. Validation aborted.", []));
            throw new ValidationAbortedException();
        }

        _errors.Add(error);
    }

    /// <summary>Whether the document defines any fragment.</summary>
    public bool HasFragments()
    {
        EnsureFragments();
        return _fragments!.Count > 0;
    }

    public FragmentDefinitionNode? GetFragment(string name)
    {
        EnsureFragments();
        return _fragments!.TryGetValue(name, out FragmentDefinitionNode? found) ? found : null;
    }

    private static readonly Dictionary<string, FragmentDefinitionNode> NoFragmentDefinitions = [];

    private void EnsureFragments()
    {
        if (_fragments is not null)
        {
            return;
        }

        _fragments = NoFragmentDefinitions;
        IReadOnlyList<DefinitionNode> definitions = Document.Definitions;
        for (int i = 0; i < definitions.Count; i++)
        {
            if (definitions[i] is FragmentDefinitionNode fragment)
            {
                if (ReferenceEquals(_fragments, NoFragmentDefinitions))
                {
                    _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
                }

                _fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }
    }

    /// <summary>The fragment spreads in a selection set, looking into fields and inline fragments but not into other fragments.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        _spreads ??= [];
        if (_spreads.TryGetValue(selectionSet, out List<FragmentSpreadNode>? cached))
        {
            return cached;
        }

        var spreads = new List<FragmentSpreadNode>();
        var pending = new Stack<SelectionSetNode>();
        pending.Push(selectionSet);
        while (pending.Count > 0)
        {
            foreach (SelectionNode selection in pending.Pop().Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSelections }:
                        pending.Push(fieldSelections);
                        break;
                    case InlineFragmentNode inline:
                        pending.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _spreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every fragment an operation reaches, directly or through other fragments, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (!HasFragments())
        {
            return NoFragments;
        }

        _recursiveFragments ??= [];
        if (_recursiveFragments.TryGetValue(operation, out List<FragmentDefinitionNode>? cached))
        {
            return cached;
        }

        var fragments = new List<FragmentDefinitionNode>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<SelectionSetNode>();
        pending.Push(operation.SelectionSet);
        while (pending.Count > 0)
        {
            foreach (FragmentSpreadNode spread in GetFragmentSpreads(pending.Pop()))
            {
                string name = spread.Name.Value;
                if (collected.Add(name) && GetFragment(name) is { } fragment)
                {
                    fragments.Add(fragment);
                    pending.Push(fragment.SelectionSet);
                }
            }
        }

        _recursiveFragments[operation] = fragments;
        return fragments;
    }

    /// <summary>The variables used inside a node (an operation or a fragment), with their expected types.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(Node node)
    {
        if (!Document.HasVariables)
        {
            return NoUsages;
        }

        _variableUsages ??= [];
        if (_variableUsages.TryGetValue(node, out List<VariableUsage>? cached))
        {
            return cached;
        }

        var collector = new VariableUsageCollector(new TypeInfo(Schema));
        AstWalker.Walk(node, collector.TypeInfo, collector);
        _variableUsages[node] = collector.Usages;
        return collector.Usages;
    }

    /// <summary>The variables used by an operation and every fragment it reaches.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (!Document.HasVariables)
        {
            return NoUsages;
        }

        _recursiveVariableUsages ??= [];
        if (_recursiveVariableUsages.TryGetValue(operation, out List<VariableUsage>? cached))
        {
            return cached;
        }

        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (FragmentDefinitionNode fragment in GetRecursivelyReferencedFragments(operation))
        {
            usages.AddRange(GetVariableUsages(fragment));
        }

        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    private sealed class VariableUsageCollector(TypeInfo typeInfo) : IAstVisitor
    {
        public TypeInfo TypeInfo { get; } = typeInfo;

        public List<VariableUsage> Usages { get; } = [];

        // Variable definitions declare variables rather than use them.
        public bool Enter(Node node)
        {
            if (node is VariableDefinitionNode)
            {
                return false;
            }

            if (node is VariableNode variable)
            {
                (bool has, object? value) = TypeInfo.DefaultValue;
                Usages.Add(new VariableUsage(variable, TypeInfo.InputType, has, value, TypeInfo.ParentInputType));
            }

            return true;
        }

        public void Leave(Node node)
        {
        }
    }
}
