using System.Buffers.Text;
using System.Text;
using Network.Api.Schema.Relay;

namespace Grains.Tests.Api.Schema;

/// <summary>
/// Global ids decode only as we issue them: one id per node, so anything but the canonical encoding of a positive
/// decimal number after a type name is refused.
/// </summary>
public sealed class GlobalIdTests
{
    private static string Raw(string text) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));

    [Theory]
    [InlineData("User", 42L)]
    [InlineData("Community", 1L)]
    [InlineData("Movement", long.MaxValue)]
    [InlineData("Collaboration", 9_000_000_001L)]
    [InlineData("Ünknown", 7L)]
    public void An_issued_id_decodes_to_its_type_and_number(string type, long number)
    {
        var id = GlobalId.Encode(type, number);

        Assert.Equal(Raw($"{type}:{number}"), id);
        Assert.Equal(id, GlobalId.Encode(type, number.ToString()));
        Assert.True(GlobalId.TryDecode(id, out var decodedType, out var decodedNumber));
        Assert.Equal(type, decodedType);
        Assert.Equal(number, decodedNumber);
    }

    [Theory]
    [InlineData("User:042")]
    [InlineData("User:+42")]
    [InlineData("User:-42")]
    [InlineData("User: 42")]
    [InlineData("User:42 ")]
    [InlineData("User:0")]
    [InlineData("User:")]
    [InlineData("User:4x2")]
    [InlineData("User:9223372036854775808")]
    [InlineData("User:99999999999999999999")]
    [InlineData(":42")]
    [InlineData("User42")]
    [InlineData("User:42:1")]
    public void A_number_or_shape_we_never_issue_is_refused(string text)
    {
        Assert.False(GlobalId.TryDecode(Raw(text), out _, out _));
    }

    [Theory]
    [InlineData("VXNlcjo0Mg==")] // "User:42" padded: the same bytes, not our spelling
    [InlineData("VXNlcjo0Mh")]   // "User:42" with non-zero trailing bits
    [InlineData("VXNlcjo0M")]    // a truncated group
    [InlineData("VXNlcjo0Mg+")]  // a character outside base64url
    [InlineData("!!!")]
    [InlineData("")]
    [InlineData(null)]
    public void A_spelling_we_never_issue_is_refused(string? id)
    {
        Assert.Equal("VXNlcjo0Mg", GlobalId.Encode("User", 42));
        Assert.False(GlobalId.TryDecode(id, out _, out _));
    }

    [Fact]
    public void A_type_name_that_is_not_UTF8_or_too_long_is_refused()
    {
        byte[] bytes = [0xC3, 0x28, (byte)':', (byte)'4', (byte)'2'];
        Assert.False(GlobalId.TryDecode(Base64Url.EncodeToString(bytes), out _, out _));
        Assert.False(GlobalId.TryDecode(Raw(new string('U', 60) + ":42"), out _, out _));
    }

    [Fact]
    public void Parse_names_the_expected_and_the_given_type()
    {
        var community = GlobalId.Encode("Community", 3);

        Assert.Equal(3, GlobalId.Parse(community, "Community", "id"));
        var error = Assert.Throws<global::GraphQL.Execution.GraphQLException>(() => GlobalId.Parse(community, "User", "followerId"));
        Assert.Contains("expected an id of a User, got an id of a Community", error.Message);
    }
}
