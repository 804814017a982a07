using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// Selection plans of one document. Shared by every request for the document when no @skip or
/// @include depends on a variable; otherwise built per request, with that request's variables.
/// </summary>
internal sealed class PlanCache
{
    private readonly Dictionary<OperationDefinitionNode, SelectionPlan> _rootPlans = [];

    public PlanCache(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?>? variables)
    {
        Schema = schema;
        Fragments = fragments;
        Variables = variables;
    }

    public Schema Schema { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>The variables @skip and @include read; null for a shared cache, whose directives use none.</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; }

    public SelectionPlan GetRootPlan(OperationDefinitionNode operation, ObjectType rootType)
    {
        lock (_rootPlans)
        {
            if (!_rootPlans.TryGetValue(operation, out SelectionPlan? plan))
            {
                plan = FieldCollector.CollectFields(this, rootType, [operation.SelectionSet]);
                _rootPlans[operation] = plan;
            }

            return plan;
        }
    }
}
