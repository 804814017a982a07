using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// The fields a selection set yields for one object type (spec section 6.3.2 CollectFields), in
/// response order. Plans are built once per document (or once per request when @skip/@include
/// depend on variables) and shared by every object the selection set is executed on.
/// </summary>
internal sealed class SelectionPlan(ObjectType type, string[] keys, FieldPlan[] fields)
{
    public ObjectType Type { get; } = type;

    /// <summary>Response keys, shared by every result map of this plan.</summary>
    public string[] Keys { get; } = keys;

    public FieldPlan[] Fields { get; } = fields;
}
