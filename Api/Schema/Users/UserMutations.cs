using System.Collections.Immutable;
using GraphQL.Execution;
using GraphQL.Types.Descriptors;
using Network.Api.Schema.Relay;
using Network.Api.Schema.Scalars;
using Network.Grains.Common;
using Network.Grains.Users;
using Orleans;

namespace Network.Api.Schema.Users;

public sealed record CreateUserInput(string Handle, string DisplayName, string? Country, IReadOnlyList<string>? Topics, double? Leaning);

public sealed record CreateUserPayload(UserProfile User, long GraphVersion);

/// <summary>Acknowledges a write with the graph version that includes it.</summary>
public sealed record MutationResult(long GraphVersion);

/// <summary>
/// The writes a user's grain owns: creating the user, follows, interactions, memberships and supports (a membership
/// belongs to the member). Each returns the graph version of its event; a repeat returns the current version.
/// </summary>
public sealed class UserMutations : ObjectTypeExtension
{
    protected override void Configure(IObjectTypeDescriptor descriptor)
    {
        descriptor.Name("Mutation");
        descriptor.Field("createUser")
            .Argument("input", a => a.Type<NonNullType<CreateUserInputType>>())
            .Type<NonNullType<CreateUserPayloadType>>()
            .Resolve(async ctx =>
            {
                var input = ctx.ArgumentValue<CreateUserInput>("input");
                var command = new CreateUser(input.Handle, input.DisplayName, input.Country, [.. input.Topics ?? []], input.Leaning);
                var result = await NewNode.CreateAsync(id => ctx.Service<IGrainFactory>().GetGrain<IUserGrain>(id).Create(command));
                return new CreateUserPayload(result.User, result.GraphVersion);
            });
        descriptor.Field("follow").UserPair("followerId", "followeeId", UserType.TypeName, (user, other, _) => user.Follow(other));
        descriptor.Field("unfollow").UserPair("followerId", "followeeId", UserType.TypeName, (user, other, _) => user.Unfollow(other));
        descriptor.Field("joinCommunity").UserPair("userId", "communityId", "Community", (user, community, ctx) =>
            user.JoinCommunity(community, ctx.ArgumentValue<Visibility>("visibility")), withVisibility: true);
        descriptor.Field("leaveCommunity").UserPair("userId", "communityId", "Community", (user, community, _) => user.LeaveCommunity(community));
        descriptor.Field("supportMovement").UserPair("userId", "movementId", "Movement", (user, movement, ctx) =>
            user.SupportMovement(movement, ctx.ArgumentValue<Visibility>("visibility")), withVisibility: true);
        descriptor.Field("recordInteraction").UserPair("fromUserId", "toUserId", UserType.TypeName, (user, other, ctx) =>
            user.RecordInteraction(other, ctx.ArgumentValue<InteractionKind>("kind")), kind: true);
    }
}

internal static class UserMutationFields
{
    /// <summary>A mutation on the user named by the first id, about the node named by the second.</summary>
    public static IObjectFieldDescriptor UserPair(this IObjectFieldDescriptor field, string userArgument, string otherArgument, string otherType,
        Func<IUserGrain, string, IResolverContext, Task<long>> write, bool withVisibility = false, bool kind = false)
    {
        field.Argument(userArgument, a => a.Type<NonNullType<IdType>>())
            .Argument(otherArgument, a => a.Type<NonNullType<IdType>>());
        if (withVisibility) field.Argument("visibility", a => a.Type<EnumType<Visibility>>().DefaultValue(Visibility.Public));
        if (kind) field.Argument("kind", a => a.Type<NonNullType<EnumType<InteractionKind>>>());
        return field.Type<NonNullType<MutationResultType>>().Resolve(async ctx =>
        {
            var user = GlobalId.Parse(ctx.ArgumentValue<string>(userArgument), UserType.TypeName, userArgument);
            var other = GlobalId.Parse(ctx.ArgumentValue<string>(otherArgument), otherType, otherArgument);
            var grain = ctx.Service<IGrainFactory>().GetGrain<IUserGrain>(user.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return new MutationResult(await write(grain, other.ToString(System.Globalization.CultureInfo.InvariantCulture), ctx));
        });
    }
}

public sealed class CreateUserInputType : InputObjectType<CreateUserInput>
{
    protected override void Configure(IInputObjectTypeDescriptor<CreateUserInput> descriptor)
    {
        descriptor.Field(i => i.Handle);
        descriptor.Field(i => i.DisplayName);
        descriptor.Field(i => i.Country).Type<CountryCodeType>();
        descriptor.Field(i => i.Topics);
        descriptor.Field(i => i.Leaning);
    }
}

public sealed class CreateUserPayloadType : ObjectType<CreateUserPayload>
{
    protected override void Configure(IObjectTypeDescriptor<CreateUserPayload> descriptor)
    {
        descriptor.Field(p => p.User);
        descriptor.Field(p => p.GraphVersion);
    }
}

public sealed class MutationResultType : ObjectType<MutationResult>
{
    protected override void Configure(IObjectTypeDescriptor<MutationResult> descriptor) => descriptor.Field(r => r.GraphVersion);
}
