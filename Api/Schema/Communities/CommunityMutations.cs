using GraphQL.Types.Descriptors;
using Network.Api.Schema.Movements;
using Network.Api.Schema.Relay;
using Network.Api.Schema.Scalars;
using Network.Api.Schema.Users;
using Network.Grains.Common;
using Network.Grains.Communities;
using Orleans;

namespace Network.Api.Schema.Communities;

public sealed record CreateCommunityInput(string Name, CommunityKind Kind, string Country, string? Platform, IReadOnlyList<string>? Topics);

public sealed record CreateCommunityPayload(CommunityProfile Community, long GraphVersion);

/// <summary>The writes a community's grain owns: creating it, and joining a movement.</summary>
public sealed class CommunityMutations : ObjectTypeExtension
{
    protected override void Configure(IObjectTypeDescriptor descriptor)
    {
        descriptor.Name("Mutation");
        descriptor.Field("createCommunity")
            .Argument("input", a => a.Type<NonNullType<CreateCommunityInputType>>())
            .Type<NonNullType<CreateCommunityPayloadType>>()
            .Resolve(async ctx =>
            {
                var input = ctx.ArgumentValue<CreateCommunityInput>("input");
                var command = new CreateCommunity(input.Name, input.Kind, input.Country, input.Platform, [.. input.Topics ?? []]);
                var result = await NewNode.CreateAsync(id => ctx.Service<IGrainFactory>().GetGrain<ICommunityGrain>(id).Create(command));
                return new CreateCommunityPayload(result.Community, result.GraphVersion);
            });
        descriptor.Field("joinMovement")
            .Argument("communityId", a => a.Type<NonNullType<IdType>>())
            .Argument("movementId", a => a.Type<NonNullType<IdType>>())
            .Type<NonNullType<MutationResultType>>()
            .Resolve(async ctx =>
            {
                var community = GlobalId.Parse(ctx.ArgumentValue<string>("communityId"), CommunityType.TypeName, "communityId");
                var movement = GlobalId.Parse(ctx.ArgumentValue<string>("movementId"), MovementType.TypeName, "movementId");
                var grain = ctx.Service<IGrainFactory>().GetGrain<ICommunityGrain>(community.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return new MutationResult(await grain.JoinMovement(movement.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            });
    }
}

public sealed class CreateCommunityInputType : InputObjectType<CreateCommunityInput>
{
    protected override void Configure(IInputObjectTypeDescriptor<CreateCommunityInput> descriptor)
    {
        descriptor.Field(i => i.Name);
        descriptor.Field(i => i.Kind);
        descriptor.Field(i => i.Country).Type<NonNullType<CountryCodeType>>();
        descriptor.Field(i => i.Platform);
        descriptor.Field(i => i.Topics);
    }
}

public sealed class CreateCommunityPayloadType : ObjectType<CreateCommunityPayload>
{
    protected override void Configure(IObjectTypeDescriptor<CreateCommunityPayload> descriptor)
    {
        descriptor.Field(p => p.Community);
        descriptor.Field(p => p.GraphVersion);
    }
}
