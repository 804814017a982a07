using GraphQL.Execution;
using GraphQL.Types.Descriptors;
using Network.Api.Schema.Communities;
using Network.Api.Schema.Movements;
using Network.Api.Schema.Relay;
using Network.Api.Schema.Scalars;
using Network.Api.Schema.Users;
using Network.Silo.Queries;

namespace Network.Api.Schema.Analytics;

public sealed record ScopeInput(string? CommunityId, string? MovementId, string? Topic);

/// <summary>How closed a part of the network is on an attribute: E-I, assortativity, modularity, exposure, and a null model.</summary>
public sealed class EchoChamberQueries : ObjectTypeExtension
{
    protected override void Configure(IObjectTypeDescriptor descriptor)
    {
        descriptor.Name("Query");
        descriptor.Field("echoChamber")
            .Argument("scope", a => a.Type<ScopeInputType>())
            .Argument("attribute", a => a.Type<NonNullType<EnumType<UserAttribute>>>().DefaultValue(UserAttribute.Leaning))
            .Argument("nullModelSamples", a => a.Type<IntType>().DefaultValue(0))
            .Argument("minVersion", a => a.Type<LongType>())
            .Type<NonNullType<EchoChamberReportType>>()
            .Resolve(ctx => ctx.Service<GraphQueries>().EchoChamberAsync(
                Scope(ctx.ArgumentValue<ScopeInput?>("scope")), ctx.ArgumentValue<UserAttribute>("attribute"),
                ctx.ArgumentValue<int?>("nullModelSamples") ?? 0, ctx.ArgumentValue<long?>("minVersion"), ctx.Viewer(), ctx.RequestAborted));
    }

    public static Scope Scope(ScopeInput? input) => input is null
        ? Silo.Queries.Scope.All
        : new Scope(
            input.CommunityId is null ? null : GlobalId.Parse(input.CommunityId, CommunityType.TypeName, "scope.communityId"),
            input.MovementId is null ? null : GlobalId.Parse(input.MovementId, MovementType.TypeName, "scope.movementId"),
            UserQueries.Topic(input.Topic));
}

public sealed class ScopeInputType : InputObjectType<ScopeInput>
{
    protected override void Configure(IInputObjectTypeDescriptor<ScopeInput> descriptor)
    {
        descriptor.Field(s => s.CommunityId).Type<IdType>();
        descriptor.Field(s => s.MovementId).Type<IdType>();
        descriptor.Field(s => s.Topic);
    }
}

public sealed class EchoChamberReportType : ObjectType<EchoChamberReport>
{
    protected override void Configure(IObjectTypeDescriptor<EchoChamberReport> descriptor)
    {
        descriptor.Field(r => r.GraphVersion);
        descriptor.Field(r => r.Attribute);
        descriptor.Field(r => r.UserCount);
        descriptor.Field(r => r.TieCount);
        descriptor.Field(r => r.EiIndex);
        descriptor.Field(r => r.Assortativity);
        descriptor.Field(r => r.Modularity);
        descriptor.Field(r => r.Groups);
        descriptor.Field(r => r.ExposureDiversity);
        descriptor.Field(r => r.NeighborLeaningCorrelation);
        descriptor.Field(r => r.RandomWalkControversy);
        descriptor.Field(r => r.NullModel);
    }
}

public sealed class GroupHomophilyType : ObjectType<GroupHomophily>
{
    protected override void Configure(IObjectTypeDescriptor<GroupHomophily> descriptor)
    {
        descriptor.Field(g => g.Group);
        descriptor.Field(g => g.Size);
        descriptor.Field(g => g.InternalTies);
        descriptor.Field(g => g.ExternalTies);
        descriptor.Field(g => g.Coleman);
    }
}

public sealed class NullModelType : ObjectType<NullModelResult>
{
    protected override void Configure(IObjectTypeDescriptor<NullModelResult> descriptor)
    {
        descriptor.Name("NullModel");
        descriptor.Field(n => n.Samples);
        descriptor.Field(n => n.EiIndexMean);
        descriptor.Field(n => n.EiIndexStdDev);
        descriptor.Field(n => n.EiIndexZScore);
    }
}
