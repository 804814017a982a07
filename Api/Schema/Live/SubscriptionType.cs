using GraphQL.Execution;
using GraphQL.Types.Descriptors;
using Network.Api.Schema.Analytics;
using Network.Api.Schema.Collaborations;
using Network.Api.Schema.Scalars;
using Network.Silo.Queries;

namespace Network.Api.Schema.Live;

/// <summary>
/// The live fields. They are declared so that the schema is whole; delivering events (over WebSocket and SSE, from
/// the event log) is issue 5, and until then each answers NOT_IMPLEMENTED rather than a stream that never speaks.
/// </summary>
public sealed class SubscriptionType : ObjectType<object>
{
    protected override void Configure(IObjectTypeDescriptor<object> descriptor)
    {
        descriptor.Name("Subscription");
        descriptor.Field("graphChanged").Argument("nodeId", a => a.Type<IdType>())
            .Type<NonNullType<GraphChangeType>>().Resolve(NotYet);
        descriptor.Field("collaborationRecorded").Argument("country", a => a.Type<CountryCodeType>())
            .Type<NonNullType<CollaborationType>>().Resolve(NotYet);
        descriptor.Field("echoChamberUpdated")
            .Argument("scope", a => a.Type<ScopeInputType>())
            .Argument("attribute", a => a.Type<NonNullType<EnumType<UserAttribute>>>().DefaultValue(UserAttribute.Leaning))
            .Type<NonNullType<EchoChamberReportType>>().Resolve(NotYet);
    }

    private static object NotYet(IResolverContext context) =>
        throw new GraphQLException($"Subscription.{context.Field.Name} is not available yet: live delivery is being built (issue 5).", QueryErrorCodes.NotImplemented);
}
