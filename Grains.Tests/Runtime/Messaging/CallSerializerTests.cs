using System.Buffers;
using System.Text;
using System.Text.Json;
using Orleans.Serialization;
using Orleans.Storage;
using Xunit;

namespace Grains.Tests.Runtime.Messaging;

/// <summary>What a rolling upgrade needs of the wire format: each release reads what the other writes.</summary>
public sealed class CallSerializerTests
{
    public sealed record ProfileV1(string Id, string Name);

    public sealed record ProfileV2(string Id, string Name, string? Country, int Followers);

    private static readonly CallSerializer Serializer = new();

    private static byte[] Write<T>(T value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        Serializer.WriteValue(buffer, value, typeof(T));
        return buffer.WrittenSpan.ToArray();
    }

    [Fact]
    public void A_newer_release_reads_an_older_payload_with_defaults_for_what_it_added()
    {
        var v2 = Serializer.ReadValue<ProfileV2>(Write(new ProfileV1("1", "ana")))!;

        Assert.Equal(new ProfileV2("1", "ana", null, 0), v2);
    }

    [Fact]
    public void An_older_release_reads_a_newer_payload_and_skips_what_it_does_not_know()
    {
        var v1 = Serializer.ReadValue<ProfileV1>(Write(new ProfileV2("1", "ana", "ID", 7)))!;

        Assert.Equal(new ProfileV1("1", "ana"), v1);
    }

    [Fact]
    public void An_exception_of_a_known_type_is_rebuilt_with_its_properties()
    {
        var buffer = new ArrayBufferWriter<byte>();
        Serializer.WriteException(buffer, new InconsistentStateException("stale", "3", "4"));

        var error = Assert.IsType<InconsistentStateException>(Serializer.ReadException(buffer.WrittenSpan));

        Assert.Equal("stale", error.Message);
        Assert.Equal("3", error.StoredEtag);
        Assert.Equal("4", error.CurrentEtag);
    }

    [Fact]
    public void An_exception_of_an_unknown_type_arrives_as_a_remote_exception_naming_it()
    {
        var json = Encoding.UTF8.GetBytes("""{"type":"Elsewhere.QuotaException","message":"over quota","properties":{"limit":3}}""");

        var error = Assert.IsType<RemoteException>(Serializer.ReadException(json));

        Assert.Equal("Elsewhere.QuotaException", error.OriginalType);
        Assert.Contains("over quota", error.Message);
    }

    [Fact]
    public void Arguments_of_the_wrong_count_are_refused()
    {
        var invokable = new InvokableRegistry([typeof(IEchoGrain).Assembly]).Create(
            "Grains.Tests.Runtime.Messaging.IEchoGrain.Add(int,int)");

        Assert.Throws<JsonException>(() => Serializer.ReadArguments("[1]"u8, invokable));
        Assert.Throws<JsonException>(() => Serializer.ReadArguments("[1,2,3]"u8, invokable));
        Serializer.ReadArguments("[1,2]"u8, invokable);
        Assert.Equal(2, invokable.GetArgument(1));
    }
}
