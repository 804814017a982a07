using System.Globalization;
using System.Runtime.CompilerServices;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation.Limits;

/// <summary>
/// Estimates what an operation will cost before it runs, in the manner of the IBM GraphQL Cost
/// Directives spec as HotChocolate applies it, and sums its two measures into one number:
/// <list type="bullet">
/// <item>field cost: each field's weight (its <c>@cost</c>, else 1 for a field of object, interface
/// or union type and 0 for a scalar or enum field) plus the <c>@cost</c> of the arguments given,
/// once per time the field is resolved;</item>
/// <item>type cost: one per object a field produces; a list field produces its size.</item>
/// </list>
/// Everything below a list counts once per item. A list's size is the largest slicing argument
/// given (a literal, a variable's value, or the argument's default), else the <c>@listSize</c>
/// assumedSize, else <see cref="CostDefaults.DefaultListSize"/>. Fragments count fully wherever
/// they apply, so abstract selections are overestimated rather than under. Introspection fields
/// cost nothing: their size is bounded by the schema, not by the request.
/// </summary>
public sealed class CostAnalyzer
{
    private readonly Schema _schema;
    private readonly CostDefaults _defaults;
    private readonly OperationDefinitionNode _operation;
    private readonly IReadOnlyDictionary<string, object?>? _variables;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Fragment, Sizing? Sizing), Cost> _fragmentCosts = [];
    private readonly HashSet<string> _visiting = new(StringComparer.Ordinal);
    private List<SlicingViolation>? _slicingViolations;

    private CostAnalyzer(Schema schema, DocumentNode document, OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? variables, CostDefaults defaults)
    {
        _schema = schema;
        _defaults = defaults;
        _operation = operation;
        _variables = variables;
        foreach (DefinitionNode definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                _fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }
    }

    /// <param name="variables">
    /// The request's variable values (plain JSON values). Null at validation time: a slicing
    /// argument bound to a variable then takes the variable's default, else the field's assumed size.
    /// </param>
    /// <exception cref="InsufficientExecutionStackException">Fragments chain too deep to follow.</exception>
    public static CostEstimate Analyze(Schema schema, DocumentNode document, OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? variables = null, CostDefaults? defaults = null)
    {
        var analyzer = new CostAnalyzer(schema, document, operation, variables, defaults ?? new CostDefaults());
        Cost cost = schema.GetRootType(operation.Operation) is { } root
            ? analyzer.SelectionSet(operation.SelectionSet, root, null)
            : default;
        return new CostEstimate(cost.Field, cost.Type, cost.DependsOnVariables,
            (IReadOnlyList<SlicingViolation>?)analyzer._slicingViolations ?? []);
    }

    // Costs per single resolution of the selection set; the caller multiplies.
    private Cost SelectionSet(SelectionSetNode selectionSet, NamedType parentType, Sizing? sizing)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        Cost total = default;
        foreach (SelectionNode selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    total += Field(field, parentType, sizing);
                    break;
                case InlineFragmentNode inline:
                    total += SelectionSet(inline.SelectionSet, TypeCondition(inline.TypeCondition) ?? parentType, sizing);
                    break;
                case FragmentSpreadNode spread:
                    total += Fragment(spread.Name.Value, sizing);
                    break;
            }
        }

        return total;
    }

    private Cost Fragment(string name, Sizing? sizing)
    {
        if (_fragmentCosts.TryGetValue((name, sizing), out Cost known))
        {
            return known;
        }

        // Unknown fragments and cycles are other rules' errors; they add nothing here.
        if (!_fragments.TryGetValue(name, out FragmentDefinitionNode? fragment)
            || TypeCondition(fragment.TypeCondition) is not { } type
            || !_visiting.Add(name))
        {
            return default;
        }

        Cost cost = SelectionSet(fragment.SelectionSet, type, sizing);
        _visiting.Remove(name);
        _fragmentCosts[(name, sizing)] = cost;
        return cost;
    }

    private NamedType? TypeCondition(NamedTypeNode? condition) =>
        condition is null ? null : _schema.GetType(condition.Name.Value) is { } type and (ComplexType or UnionType) ? type : null;

    private Cost Field(FieldNode node, NamedType parentType, Sizing? sizing)
    {
        string name = node.Name.Value;
        if (name.StartsWith("__", StringComparison.Ordinal)
            || TypeInfo.GetFieldDefinition(_schema, parentType, name) is not { } field)
        {
            return default;
        }

        FieldCost directives = CostDirectives.Of(field);
        NamedType fieldType = field.Type.GetNamedType();
        bool composite = fieldType is ComplexType or UnionType;
        bool isList = (field.Type is NonNullType nonNull ? nonNull.OfType : field.Type) is ListType;

        double weight = directives.Weight ?? (composite ? _defaults.CompositeFieldWeight : _defaults.ScalarFieldWeight);
        if (directives.ArgumentWeights is { } argumentWeights)
        {
            foreach (ArgumentNode argument in node.Arguments)
            {
                weight += argumentWeights.GetValueOrDefault(argument.Name.Value);
            }
        }

        bool dependsOnVariables = false;
        double size = 1;
        Sizing? childSizing = null;
        if (sizing is not null && Array.IndexOf(sizing.Fields, name) >= 0)
        {
            // A connection's edges or nodes: sized by the connection field's slicing arguments.
            size = sizing.Size;
        }
        else if (directives.ListSize is { } listSize)
        {
            double sliced = ListSize(node, field, listSize, ref dependsOnVariables);
            if (isList)
            {
                size = sliced;
            }
            else if (listSize.SizedFields.Length > 0)
            {
                childSizing = new Sizing(listSize.SizedFields, sliced);
            }
        }
        else if (isList)
        {
            size = _defaults.DefaultListSize;
        }

        var cost = new Cost(weight, composite ? size : 0, dependsOnVariables);
        if (node.SelectionSet is { } children && composite)
        {
            cost += size * SelectionSet(children, fieldType, childSizing);
        }

        return cost;
    }

    private double ListSize(FieldNode node, FieldDefinition field, ListSize listSize, ref bool dependsOnVariables)
    {
        double? largest = null;
        int given = 0;
        foreach (string path in listSize.SlicingArguments)
        {
            (bool present, double? value) = SlicingValue(node, field, path, ref dependsOnVariables);
            if (present)
            {
                given++;
            }

            if (value is { } size && (largest is null || size > largest))
            {
                largest = size;
            }
        }

        if (listSize.RequireOneSlicingArgument && given != 1)
        {
            (_slicingViolations ??= []).Add(new SlicingViolation(node, listSize.SlicingArguments));
        }

        return Math.Max(0, largest ?? listSize.AssumedSize ?? _defaults.DefaultListSize);
    }

    // Present: the argument is given (even as a variable whose value is not known yet) or has a default.
    private (bool Present, double? Value) SlicingValue(FieldNode node, FieldDefinition field, string path, ref bool dependsOnVariables)
    {
        string[] segments = path.Split('.');
        object? value = null;
        bool present = false;
        foreach (ArgumentNode argument in node.Arguments)
        {
            if (argument.Name.Value == segments[0])
            {
                present = argument.Value is not NullValueNode;
                value = FromLiteral(argument.Value, ref dependsOnVariables);
                break;
            }
        }

        if (!present && field.GetArgument(segments[0]) is { HasDefaultValue: true } definition)
        {
            present = definition.DefaultValue is not null;
            value = definition.DefaultValue;
        }

        for (int i = 1; i < segments.Length && value is not null; i++)
        {
            value = value is IReadOnlyDictionary<string, object?> map ? map.GetValueOrDefault(segments[i]) : null;
        }

        return (present, value switch
        {
            int number => number,
            long number => number,
            double number => number,
            decimal number => (double)number,
            _ => null,
        });
    }

    // Only what a slicing path can reach is converted: numbers, input objects and variables.
    private object? FromLiteral(ValueNode value, ref bool dependsOnVariables)
    {
        switch (value)
        {
            case IntValueNode integer:
                return double.TryParse(integer.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out double number) ? number : null;
            case ObjectValueNode objectValue:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (ObjectFieldNode objectField in objectValue.Fields)
                {
                    map[objectField.Name.Value] = FromLiteral(objectField.Value, ref dependsOnVariables);
                }

                return map;
            case VariableNode variable:
                dependsOnVariables = true;
                string name = variable.Name.Value;
                if (_variables is not null && _variables.TryGetValue(name, out object? given))
                {
                    return given;
                }

                foreach (VariableDefinitionNode definition in _operation.VariableDefinitions)
                {
                    if (definition.Variable.Name.Value == name && definition.DefaultValue is { } defaultValue)
                    {
                        return FromLiteral(defaultValue, ref dependsOnVariables);
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>Which child fields a connection's size applies to, and that size.</summary>
    private sealed record Sizing(string[] Fields, double Size);

    private readonly record struct Cost(double Field, double Type, bool DependsOnVariables)
    {
        public static Cost operator +(Cost a, Cost b) =>
            new(a.Field + b.Field, a.Type + b.Type, a.DependsOnVariables || b.DependsOnVariables);

        public static Cost operator *(double factor, Cost cost) =>
            new(factor * cost.Field, factor * cost.Type, cost.DependsOnVariables);
    }
}

/// <summary>
/// An operation's estimated cost. <see cref="DependsOnVariables"/>: some list size came from a
/// variable, so the estimate can change with the request's variable values.
/// <see cref="SlicingViolations"/>: fields whose <c>@listSize</c> requires exactly one slicing
/// argument but got none or several.
/// </summary>
public sealed record CostEstimate(double FieldCost, double TypeCost, bool DependsOnVariables, IReadOnlyList<SlicingViolation> SlicingViolations)
{
    public double Total => FieldCost + TypeCost;

    /// <summary>The total as the refusal message shows it: whole numbers without decimals.</summary>
    public string TotalText => Total >= 1e15 ? "over 10^15" : Math.Round(Total, 2).ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>A field given none or several of the slicing arguments of which it requires exactly one.</summary>
public sealed record SlicingViolation(FieldNode Field, IReadOnlyList<string> SlicingArguments);
