using GraphQL.Types.Descriptors;

namespace Network.Api.Schema.Relay;

/// <summary>The Relay Node interface: anything with a global id that node(id) can fetch again.</summary>
public sealed class NodeType : InterfaceType<object>
{
    protected override void Configure(IInterfaceTypeDescriptor<object> descriptor)
    {
        descriptor.Name("Node");
        descriptor.Field("id").Type<NonNullType<IdType>>();
    }
}
