using System.Globalization;
using GraphQL.Types.Descriptors;
using Network.Api.Schema.Communities;
using Network.Api.Schema.Movements;
using Network.Api.Schema.Relay;
using Network.Api.Schema.Scalars;
using Network.Grains.Collaborations;
using Network.Grains.Common;
using Network.Grains.Communities;
using Network.Grains.Movements;
using Network.Silo.Listings;
using Orleans;

namespace Network.Api.Schema.Collaborations;

public sealed record RecordCollaborationPayload(CollaborationRecord Collaboration, long GraphVersion);

/// <summary>A collaboration is written by the actor that records it (the "from" end).</summary>
public sealed class CollaborationMutations : ObjectTypeExtension
{
    private static readonly string[] ActorTypes = [CommunityType.TypeName, MovementType.TypeName];

    protected override void Configure(IObjectTypeDescriptor descriptor)
    {
        descriptor.Name("Mutation");
        descriptor.Field("recordCollaboration")
            .Argument("fromId", a => a.Type<NonNullType<IdType>>())
            .Argument("toId", a => a.Type<NonNullType<IdType>>())
            .Argument("kind", a => a.Type<NonNullType<EnumType<CollaborationKind>>>())
            .Argument("occurredAt", a => a.Type<NonNullType<DateTimeType>>())
            .Type<NonNullType<RecordCollaborationPayloadType>>()
            .Resolve(async ctx =>
            {
                var (fromType, fromId) = GlobalId.Parse(ctx.ArgumentValue<string>("fromId"), ActorTypes, "fromId");
                var (toType, toId) = GlobalId.Parse(ctx.ArgumentValue<string>("toId"), ActorTypes, "toId");
                var grains = ctx.Service<IGrainFactory>();
                var from = fromId.ToString(CultureInfo.InvariantCulture);
                ICollaborationRecorder recorder = fromType == CommunityType.TypeName ? grains.GetGrain<ICommunityGrain>(from) : grains.GetGrain<IMovementGrain>(from);
                var toKind = toType == CommunityType.TypeName ? NodeKind.Community : NodeKind.Movement;
                var result = await recorder.RecordCollaboration(
                    toId.ToString(CultureInfo.InvariantCulture), toKind, ctx.ArgumentValue<CollaborationKind>("kind"), ctx.ArgumentValue<DateTimeOffset>("occurredAt"));
                var c = result.Collaboration;
                var record = new CollaborationRecord(long.Parse(c.Id, CultureInfo.InvariantCulture), long.Parse(c.FromId, CultureInfo.InvariantCulture), c.FromKind,
                    long.Parse(c.ToId, CultureInfo.InvariantCulture), c.ToKind, c.Kind, c.OccurredAt, c.FromCountry, c.ToCountry);
                return new RecordCollaborationPayload(record, result.GraphVersion);
            });
    }
}

public sealed class RecordCollaborationPayloadType : ObjectType<RecordCollaborationPayload>
{
    protected override void Configure(IObjectTypeDescriptor<RecordCollaborationPayload> descriptor)
    {
        descriptor.Field(p => p.Collaboration);
        descriptor.Field(p => p.GraphVersion);
    }
}
