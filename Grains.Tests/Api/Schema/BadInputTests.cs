using System.Net;
using System.Text;

namespace Grains.Tests.Api.Schema;

/// <summary>
/// Bad input gets a spec-shaped error with a code, never a 500 and never a write. Each case runs against the real
/// schema; the graph version is the same afterwards.
/// </summary>
public sealed class BadInputTests : IAsyncLifetime
{
    private NetworkService _service = null!;
    private string _user = null!;
    private string _community = null!;

    public async Task InitializeAsync()
    {
        _service = await NetworkService.StartAsync();
        _user = await _service.Client.CreateUser("someone");
        _community = await _service.Client.CreateCommunity();
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    public static TheoryData<string, string, string> Requests => new()
    {
        // name, body, expected extensions.code
        { "malformed JSON", """{"query": "{ graphVersion }" """, "INVALID_JSON" },
        { "unknown field", """{"query": "{ users { nodes { password } } }"}""", "GRAPHQL_VALIDATION_FAILED" },
        { "wrong argument type", """{"query": "{ users(first: \"ten\") { totalCount } }"}""", "GRAPHQL_VALIDATION_FAILED" },
        { "wrong variable type", """{"query": "mutation($l: Float) { createUser(input: {handle: \"x1\", displayName: \"X\", leaning: $l}) { graphVersion } }", "variables": {"l": "left"}}""", "BAD_USER_INPUT" },
        { "bad country code in a variable", """{"query": "mutation($c: CountryCode) { createUser(input: {handle: \"x2\", displayName: \"X\", country: $c}) { graphVersion } }", "variables": {"c": "XX"}}""", "BAD_USER_INPUT" },
        { "bad country code in a literal", """{"query": "mutation { createCommunity(input: {name: \"n\", kind: OTHER, country: \"id\"}) { graphVersion } }"}""", "GRAPHQL_VALIDATION_FAILED" },
        { "leaning out of range", """{"query": "mutation { createUser(input: {handle: \"x3\", displayName: \"X\", leaning: 1.5}) { graphVersion } }"}""", "BAD_USER_INPUT" },
        { "bad handle", """{"query": "mutation { createUser(input: {handle: \"no spaces allowed\", displayName: \"X\"}) { graphVersion } }"}""", "BAD_USER_INPUT" },
        { "garbage id", """{"query": "mutation { follow(followerId: \"!!!\", followeeId: \"???\") { graphVersion } }"}""", "INVALID_ID" },
        { "page too large", """{"query": "{ users(first: 101) { totalCount } }"}""", "PAGE_SIZE_EXCEEDED" },
        { "cursor not ours", """{"query": "{ users(after: \"bm9wZQ\") { totalCount } }"}""", "INVALID_CURSOR" },
        { "too costly", """{"query": "{ users(first: 100) { nodes { following(first: 100) { nodes { followers(first: 100) { nodes { handle } } } } } } }"}""", "COST_LIMIT_EXCEEDED" },
        { "too costly through variables", """{"query": "query($n: Int) { users(first: $n) { nodes { following(first: $n) { nodes { followers(first: $n) { nodes { handle } } } } } } }", "variables": {"n": 100}}""", "COST_LIMIT_EXCEEDED" },
        { "no query", """{"variables": {}}""", "INVALID_REQUEST" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Is_refused_with_a_code_and_changes_nothing(string name, string body, string code)
    {
        var before = await _service.Client.GraphVersion();
        var response = await Post(body);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{name}: HTTP {(int)response.StatusCode}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains($"\"code\":\"{code}\"", text);
        Assert.Equal(before, await _service.Client.GraphVersion());
    }

    [Fact]
    public async Task An_id_of_another_type_is_refused_naming_both_types()
    {
        var before = await _service.Client.GraphVersion();
        var response = await _service.Client.PostAsync($"mutation {{ follow(followerId: \"{_user}\", followeeId: \"{_community}\") {{ graphVersion }} }}");

        Assert.Equal(["INVALID_ID"], response.Codes);
        Assert.Contains("expected an id of a User, got an id of a Community", response.Errors[0].GetProperty("message").GetString());
        Assert.Equal(before, await _service.Client.GraphVersion());
    }

    [Fact]
    public async Task A_wrong_content_type_is_415_and_a_huge_document_is_refused_before_parsing()
    {
        using var plain = await _service.Http.PostAsync("/graphql", new StringContent("{ graphVersion }", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plain.StatusCode);

        var huge = "{ " + string.Concat(Enumerable.Repeat("graphVersion ", 10_000)) + "}";
        using var large = await Post(System.Text.Json.JsonSerializer.Serialize(new { query = huge }));
        Assert.True(large.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("\"code\":\"", await large.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Nesting_deep_enough_to_threaten_the_stack_is_refused_cleanly()
    {
        // Depth 16 where the limit is 15, and 20,000 levels (as deep as fits the 64 KiB document limit).
        string[] queries =
        [
            "{ users { nodes { " + string.Concat(Enumerable.Repeat("following { nodes { ", 7)) + "id" + new string('}', 16) + " }",
            "{" + string.Concat(Enumerable.Repeat("a{", 20_000)) + "a" + new string('}', 20_001),
        ];
        foreach (var query in queries)
        {
            using var response = await Post(System.Text.Json.JsonSerializer.Serialize(new { query }));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var text = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("\"data\"", text);
            Assert.Matches("\"code\":\"(MAX_DEPTH_EXCEEDED|GRAPHQL_PARSE_FAILED)\"", text);
        }
        Assert.True(await _service.Client.GraphVersion() > 0); // still serving
    }

    private Task<HttpResponseMessage> Post(string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        return _service.Http.SendAsync(request);
    }
}
