using GraphQL.Types.Descriptors;
using Network.Api.Schema.Scalars;
using Network.Grains.Movements;
using Orleans;

namespace Network.Api.Schema.Movements;

public sealed record CreateMovementInput(string Name, string OriginCountry, IReadOnlyList<string>? Hashtags, IReadOnlyList<string>? Topics);

public sealed record CreateMovementPayload(MovementProfile Movement, long GraphVersion);

/// <summary>The writes a movement's grain owns: creating it.</summary>
public sealed class MovementMutations : ObjectTypeExtension
{
    protected override void Configure(IObjectTypeDescriptor descriptor)
    {
        descriptor.Name("Mutation");
        descriptor.Field("createMovement")
            .Argument("input", a => a.Type<NonNullType<CreateMovementInputType>>())
            .Type<NonNullType<CreateMovementPayloadType>>()
            .Resolve(async ctx =>
            {
                var input = ctx.ArgumentValue<CreateMovementInput>("input");
                var command = new CreateMovement(input.Name, input.OriginCountry, [.. input.Hashtags ?? []], [.. input.Topics ?? []]);
                var result = await NewNode.CreateAsync(id => ctx.Service<IGrainFactory>().GetGrain<IMovementGrain>(id).Create(command));
                return new CreateMovementPayload(result.Movement, result.GraphVersion);
            });
    }
}

public sealed class CreateMovementInputType : InputObjectType<CreateMovementInput>
{
    protected override void Configure(IInputObjectTypeDescriptor<CreateMovementInput> descriptor)
    {
        descriptor.Field(i => i.Name);
        descriptor.Field(i => i.OriginCountry).Type<NonNullType<CountryCodeType>>();
        descriptor.Field(i => i.Hashtags);
        descriptor.Field(i => i.Topics);
    }
}

public sealed class CreateMovementPayloadType : ObjectType<CreateMovementPayload>
{
    protected override void Configure(IObjectTypeDescriptor<CreateMovementPayload> descriptor)
    {
        descriptor.Field(p => p.Movement);
        descriptor.Field(p => p.GraphVersion);
    }
}
