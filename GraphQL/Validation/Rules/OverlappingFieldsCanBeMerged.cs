using System.Text;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Spec section 5.3.2, Field Selection Merging: selections that share a response name must be
/// mergeable (FieldsInSetCanMerge): the same field with the same arguments wherever both could
/// apply to one object, and always the same response shape (SameResponseShape). Fragments are
/// compared with fields and with each other without being expanded twice: collected fields are
/// cached per (type, selection set) and compared fragment pairs are remembered, following
/// graphql-js. A work budget stops pathological documents from costing unbounded time.
/// </summary>
public sealed class OverlappingFieldsCanBeMerged : ValidationRule
{
    private const int WorkBudget = 500_000;

    private readonly Dictionary<(NamedType?, SelectionSetNode), CollectedFields> _collected = [];
    private readonly Dictionary<(string, string), bool> _comparedFragmentPairs = [];
    private readonly HashSet<SelectionSetNode> _inlineFragmentSets = [];
    private int _remainingWork = WorkBudget;
    private bool _aborted;

    public override bool Enter(Node node, ValidationContext context)
    {
        if (_aborted)
        {
            return false;
        }

        if (node is InlineFragmentNode inline)
        {
            // Its fields are compared as part of the enclosing selection set.
            _inlineFragmentSets.Add(inline.SelectionSet);
            return true;
        }

        if (node is not SelectionSetNode selectionSet || _inlineFragmentSets.Contains(selectionSet))
        {
            return true;
        }

        if (HasOnlyDistinctFields(selectionSet))
        {
            return true;
        }

        try
        {
            var conflicts = new List<Conflict>();
            FindConflictsWithin(context, context.TypeInfo.ParentType, selectionSet, conflicts);
            foreach (Conflict conflict in conflicts)
            {
                context.ReportError(
                    $"Fields \"{conflict.ResponseName}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                    [.. conflict.Fields1, .. conflict.Fields2]);
            }
        }
        catch (WorkBudgetExceeded)
        {
            _aborted = true;
            context.ReportError("The document is too complex to check that its fields can be merged; validation aborted.", selectionSet);
        }

        return true;
    }

    // Plain fields under distinct response names cannot conflict with each other here; their
    // own selection sets are checked when the walk reaches them. Most selection sets are like this.
    private static bool HasOnlyDistinctFields(SelectionSetNode selectionSet)
    {
        IReadOnlyList<SelectionNode> selections = selectionSet.Selections;
        for (int i = 0; i < selections.Count; i++)
        {
            if (selections[i] is not FieldNode field)
            {
                return false;
            }

            string key = field.ResponseKey;
            for (int j = 0; j < i; j++)
            {
                if (((FieldNode)selections[j]).ResponseKey == key)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private sealed record FieldDetail(NamedType? ParentType, FieldNode Node, FieldDefinition? Definition)
    {
        public bool IsSimpleLeaf => Node.Arguments.Count == 0 && Node.SelectionSet is null;
    }

    private sealed class CollectedFields
    {
        public OrderedDictionary<string, List<FieldDetail>> Fields { get; } = new(StringComparer.Ordinal);

        public List<string> FragmentNames { get; } = [];

        // Fragments already compared with these fields, and whether that comparison was "mutually exclusive".
        public Dictionary<string, bool> ComparedFragments { get; } = new(StringComparer.Ordinal);
    }

    private sealed record Conflict(string ResponseName, string Reason, List<Node> Fields1, List<Node> Fields2);

    private sealed class WorkBudgetExceeded : Exception;

    private void Spend(int cost)
    {
        _remainingWork -= cost;
        if (_remainingWork < 0)
        {
            throw new WorkBudgetExceeded();
        }
    }

    // (A) conflicts among this set's own fields, then (B) between its fields and each fragment
    // it spreads, and (C) between each pair of those fragments.
    private void FindConflictsWithin(ValidationContext context, NamedType? parentType, SelectionSetNode selectionSet, List<Conflict> conflicts)
    {
        CollectedFields collected = Collect(context, parentType, selectionSet);
        foreach ((string responseName, List<FieldDetail> fields) in collected.Fields)
        {
            for (int i = 0; i < fields.Count; i++)
            {
                for (int j = i + 1; j < fields.Count; j++)
                {
                    if (FindConflict(context, false, responseName, fields[i], fields[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }

        List<string> fragments = collected.FragmentNames;
        if (fragments.Count == 0 || (collected.Fields.Count == 0 && fragments.Count == 1))
        {
            return;
        }

        for (int i = 0; i < fragments.Count; i++)
        {
            CompareFieldsAndFragment(context, conflicts, false, collected, fragments[i]);
            for (int j = i + 1; j < fragments.Count; j++)
            {
                CompareFragments(context, conflicts, false, fragments[i], fragments[j]);
            }
        }
    }

    private void CompareFieldsAndFragment(ValidationContext context, List<Conflict> conflicts, bool mutuallyExclusive, CollectedFields fields, string fragmentName)
    {
        Spend(1);
        if (fields.Fields.Count == 0)
        {
            return;
        }

        // A non-exclusive comparison covers an exclusive one, not the other way round.
        if (fields.ComparedFragments.TryGetValue(fragmentName, out bool comparedExclusive) && (!comparedExclusive || mutuallyExclusive))
        {
            return;
        }

        fields.ComparedFragments[fragmentName] = mutuallyExclusive;
        if (context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        CollectedFields fragmentFields = CollectFragment(context, fragment);
        if (ReferenceEquals(fields, fragmentFields))
        {
            return;
        }

        CompareCollections(context, conflicts, mutuallyExclusive, fields, fragmentFields);
        foreach (string nested in fragmentFields.FragmentNames)
        {
            CompareFieldsAndFragment(context, conflicts, mutuallyExclusive, fields, nested);
        }
    }

    private void CompareFragments(ValidationContext context, List<Conflict> conflicts, bool mutuallyExclusive, string name1, string name2)
    {
        Spend(2);
        if (name1 == name2)
        {
            return;
        }

        var key = string.CompareOrdinal(name1, name2) < 0 ? (name1, name2) : (name2, name1);
        if (_comparedFragmentPairs.TryGetValue(key, out bool comparedExclusive) && (!comparedExclusive || mutuallyExclusive))
        {
            return;
        }

        _comparedFragmentPairs[key] = mutuallyExclusive;
        if (context.GetFragment(name1) is not { } fragment1 || context.GetFragment(name2) is not { } fragment2)
        {
            return;
        }

        CollectedFields fields1 = CollectFragment(context, fragment1);
        CollectedFields fields2 = CollectFragment(context, fragment2);
        CompareCollections(context, conflicts, mutuallyExclusive, fields1, fields2);
        foreach (string nested2 in fields2.FragmentNames)
        {
            CompareFragments(context, conflicts, mutuallyExclusive, name1, nested2);
        }

        foreach (string nested1 in fields1.FragmentNames)
        {
            CompareFragments(context, conflicts, mutuallyExclusive, nested1, name2);
        }
    }

    // Conflicts between the sub-selections of two same-named fields, fragments included.
    private List<Conflict> FindConflictsBetweenSubSelections(
        ValidationContext context,
        bool mutuallyExclusive,
        NamedType? parentType1,
        SelectionSetNode selectionSet1,
        NamedType? parentType2,
        SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        CollectedFields fields1 = Collect(context, parentType1, selectionSet1);
        CollectedFields fields2 = Collect(context, parentType2, selectionSet2);
        CompareCollections(context, conflicts, mutuallyExclusive, fields1, fields2);
        foreach (string fragment2 in fields2.FragmentNames)
        {
            CompareFieldsAndFragment(context, conflicts, mutuallyExclusive, fields1, fragment2);
        }

        foreach (string fragment1 in fields1.FragmentNames)
        {
            CompareFieldsAndFragment(context, conflicts, mutuallyExclusive, fields2, fragment1);
        }

        foreach (string fragment1 in fields1.FragmentNames)
        {
            foreach (string fragment2 in fields2.FragmentNames)
            {
                CompareFragments(context, conflicts, mutuallyExclusive, fragment1, fragment2);
            }
        }

        return conflicts;
    }

    private void CompareCollections(ValidationContext context, List<Conflict> conflicts, bool mutuallyExclusive, CollectedFields fields1, CollectedFields fields2)
    {
        if (fields1.Fields.Count == 0 || fields2.Fields.Count == 0)
        {
            return;
        }

        foreach ((string responseName, List<FieldDetail> list1) in fields1.Fields)
        {
            Spend(1);
            if (!fields2.Fields.TryGetValue(responseName, out List<FieldDetail>? list2))
            {
                continue;
            }

            foreach (FieldDetail field1 in list1)
            {
                foreach (FieldDetail field2 in list2)
                {
                    if (FindConflict(context, mutuallyExclusive, responseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private Conflict? FindConflict(ValidationContext context, bool parentsMutuallyExclusive, string responseName, FieldDetail field1, FieldDetail field2)
    {
        // Fields on two different object types can never both apply, so they may differ in
        // name and arguments; their response shapes must still agree.
        bool mutuallyExclusive = parentsMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        Spend(2);

        GraphQLType? type1 = field1.Definition?.Type;
        GraphQLType? type2 = field2.Definition?.Type;
        bool sameType = type1 is null ? type2 is null : type2 is not null && TypeComparators.IsEqualType(type1, type2);
        if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && sameType && field1.Node.Name.Value == field2.Node.Name.Value)
        {
            return null;
        }

        FieldNode node1 = field1.Node;
        FieldNode node2 = field2.Node;
        if (!mutuallyExclusive)
        {
            if (node1.Name.Value != node2.Name.Value)
            {
                return new Conflict(responseName, $"\"{node1.Name.Value}\" and \"{node2.Name.Value}\" are different fields", [node1], [node2]);
            }

            if (!SameArguments(node1.Arguments, node2.Arguments))
            {
                return new Conflict(responseName, "they have differing arguments", [node1], [node2]);
            }
        }

        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new Conflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [node1], [node2]);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            List<Conflict> sub = FindConflictsBetweenSubSelections(
                context, mutuallyExclusive, type1?.GetNamedType(), selectionSet1, type2?.GetNamedType(), selectionSet2);
            if (sub.Count > 0)
            {
                var reason = new StringBuilder();
                var nodes1 = new List<Node> { node1 };
                var nodes2 = new List<Node> { node2 };
                foreach (Conflict conflict in sub)
                {
                    if (reason.Length > 0)
                    {
                        reason.Append(" and ");
                    }

                    reason.Append($"subfields \"{conflict.ResponseName}\" conflict because {conflict.Reason}");
                    nodes1.AddRange(conflict.Fields1);
                    nodes2.AddRange(conflict.Fields2);
                }

                return new Conflict(responseName, reason.ToString(), nodes1, nodes2);
            }
        }

        return null;
    }

    // SameResponseShape's type test: lists and non-nulls must match level by level, and leaf
    // types must be the same; composite types are compared through their sub-selections.
    private static bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        while (true)
        {
            if (type1 is ListType list1)
            {
                if (type2 is not ListType list2)
                {
                    return true;
                }

                (type1, type2) = (list1.OfType, list2.OfType);
                continue;
            }

            if (type2 is ListType)
            {
                return true;
            }

            if (type1 is NonNullType nonNull1)
            {
                if (type2 is not NonNullType nonNull2)
                {
                    return true;
                }

                (type1, type2) = (nonNull1.OfType, nonNull2.OfType);
                continue;
            }

            if (type2 is NonNullType)
            {
                return true;
            }

            if (type1 is ScalarType or EnumType || type2 is ScalarType or EnumType)
            {
                return !ReferenceEquals(type1, type2);
            }

            return false;
        }
    }

    private static bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
    {
        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }

        foreach (ArgumentNode argument1 in arguments1)
        {
            ArgumentNode? argument2 = null;
            foreach (ArgumentNode candidate in arguments2)
            {
                if (candidate.Name.Value == argument1.Name.Value)
                {
                    argument2 = candidate;
                    break;
                }
            }

            if (argument2 is null || !SameValue(argument1.Value, argument2.Value))
            {
                return false;
            }
        }

        return true;
    }

    // Structural equality of literals; object fields compare regardless of order, as graphql-js does.
    private static bool SameValue(ValueNode a, ValueNode b) => (a, b) switch
    {
        (VariableNode x, VariableNode y) => x.Name.Value == y.Name.Value,
        (IntValueNode x, IntValueNode y) => x.Value == y.Value,
        (FloatValueNode x, FloatValueNode y) => x.Value == y.Value,
        (StringValueNode x, StringValueNode y) => x.Value == y.Value && x.Block == y.Block,
        (BooleanValueNode x, BooleanValueNode y) => x.Value == y.Value,
        (NullValueNode, NullValueNode) => true,
        (EnumValueNode x, EnumValueNode y) => x.Value == y.Value,
        (ListValueNode x, ListValueNode y) => SameList(x.Values, y.Values),
        (ObjectValueNode x, ObjectValueNode y) => SameObject(x.Fields, y.Fields),
        _ => false,
    };

    private static bool SameList(IReadOnlyList<ValueNode> a, IReadOnlyList<ValueNode> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (int i = 0; i < a.Count; i++)
        {
            if (!SameValue(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameObject(IReadOnlyList<ObjectFieldNode> a, IReadOnlyList<ObjectFieldNode> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        foreach (ObjectFieldNode field in a)
        {
            bool found = false;
            foreach (ObjectFieldNode other in b)
            {
                if (other.Name.Value == field.Name.Value)
                {
                    found = SameValue(field.Value, other.Value);
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    private CollectedFields CollectFragment(ValidationContext context, FragmentDefinitionNode fragment) =>
        Collect(context, context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

    // Fields by response name, through inline fragments but not named ones (whose names are listed).
    private CollectedFields Collect(ValidationContext context, NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_collected.TryGetValue((parentType, selectionSet), out CollectedFields? cached))
        {
            return cached;
        }

        var collected = new CollectedFields();
        CollectInto(context, parentType, selectionSet, collected);
        _collected[(parentType, selectionSet)] = collected;
        return collected;
    }

    private static void CollectInto(ValidationContext context, NamedType? parentType, SelectionSetNode selectionSet, CollectedFields collected)
    {
        foreach (SelectionNode selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    FieldDefinition? definition = parentType is ComplexType complex ? complex.GetField(field.Name.Value) : null;
                    if (!collected.Fields.TryGetValue(field.ResponseKey, out List<FieldDetail>? list))
                    {
                        list = [];
                        collected.Fields.Add(field.ResponseKey, list);
                    }

                    list.Add(new FieldDetail(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    if (!collected.FragmentNames.Contains(spread.Name.Value))
                    {
                        collected.FragmentNames.Add(spread.Name.Value);
                    }

                    break;
                case InlineFragmentNode inline:
                    NamedType? inlineType = inline.TypeCondition is { } condition
                        ? context.Schema.GetType(condition.Name.Value)
                        : parentType;
                    CollectInto(context, inlineType, inline.SelectionSet, collected);
                    break;
            }
        }
    }
}
