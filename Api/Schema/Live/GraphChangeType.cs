using GraphQL.Types.Descriptors;

namespace Network.Api.Schema.Live;

/// <summary>One change to the graph, as the event log recorded it.</summary>
public sealed record GraphChange(long GraphVersion, string Kind, string SubjectId, string? ObjectId);

public sealed class GraphChangeType : ObjectType<GraphChange>
{
    protected override void Configure(IObjectTypeDescriptor<GraphChange> descriptor)
    {
        descriptor.Field(c => c.GraphVersion);
        descriptor.Field(c => c.Kind);
        descriptor.Field(c => c.SubjectId).Type<NonNullType<IdType>>();
        descriptor.Field(c => c.ObjectId).Type<IdType>();
    }
}
