using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Network.Bench.GraphQLReads;

/// <summary>
/// The two read benchmarks on our service: seeds it through the public mutations (a user like the peer's User:42,
/// a community of 37 members with handles, names, countries and topics, like the peer's Community:7), builds the
/// request bodies from the fixtures' query text with our ids (ours are random, so the bytes differ from the
/// peer's), and checks one answer of each by hand before any load.
/// </summary>
public sealed record ReadScenario(byte[] NodeRequest, byte[] NodeResponse, byte[] MembersRequest, byte[] MembersResponse)
{
    public const int Members = 37;

    private static readonly string[] First = ["Kofi", "Tomás", "Amara", "Lena", "Ravi", "Aiko", "Jonas", "Zeynep", "Mateo", "Nia", "Jürgen", "Priya"];
    private static readonly string[] Last = ["Murphy", "Chen", "Okafor", "Müller", "Silva", "Nguyen", "Haddad", "Kowalski", "Mensah", "Rossi"];
    private static readonly string[] Countries = ["ID", "ES", "BR", "KE", "DE", "PH", "IN", "MX", "NG", "FR"];
    private static readonly string[] Topics = ["education", "food-sovereignty", "indigenous-rights", "energy", "housing", "labour", "water", "climate"];

    /// <summary>The query text of a fixture request, so that ours is the same text the peer and the floor get.</summary>
    public static string FixtureQuery(string name)
    {
        var path = Path.Combine(GraphQLJsPeer.Directory, "fixtures", name + ".request.json");
        return JsonNode.Parse(File.ReadAllBytes(path))!["query"]!.GetValue<string>();
    }

    public static async Task<ReadScenario> SeedAsync(InProcessService service)
    {
        var user = await CreateUserAsync(service, "jonas_chen_42", "Jonas Chen", "ES", ["climate", "housing"]);
        var community = (await service.DataAsync(
            "mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { community { id } } }",
            new { input = new { name = "United Hands 7", kind = "MUTUAL_AID", country = "ID", platform = "forum", topics = new[] { "education", "energy" } } }))
            .GetProperty("createCommunity").GetProperty("community").GetProperty("id").GetString()!;
        for (var i = 0; i < Members; i++)
        {
            var number = 400 + i * 7;
            var (first, last) = (First[i % First.Length], Last[i * 7 % Last.Length]);
            var topics = Enumerable.Range(0, 4).Select(k => Topics[(i + k * 3) % Topics.Length]).Distinct().ToArray();
            var member = await CreateUserAsync(service, Handle(first, last, number), $"{first} {last}", Countries[i % Countries.Length], topics);
            await service.DataAsync("mutation($u: ID!, $c: ID!) { joinCommunity(userId: $u, communityId: $c) { graphVersion } }", new { u = member, c = community });
        }

        var nodeRequest = InProcessService.RequestBody(FixtureQuery("node"), new { id = user });
        var membersRequest = InProcessService.RequestBody(FixtureQuery("members"), new { id = community });
        var nodeResponse = await StableAnswerAsync(service.Http, nodeRequest, json => CheckNode(json, user));
        var membersResponse = await StableAnswerAsync(service.Http, membersRequest, CheckMembers);
        return new ReadScenario(nodeRequest, nodeResponse, membersRequest, membersResponse);
    }

    // Handles are 3 to 30 ASCII letters, digits or underscores: "Tomás Müller" becomes tomas_muller_NNN.
    private static string Handle(string first, string last, int number) =>
        new string($"{first}_{last}_{number}".ToLowerInvariant()
            .Replace('á', 'a').Replace('ü', 'u').Replace('ö', 'o')
            .Where(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_').ToArray());

    private static async Task<string> CreateUserAsync(InProcessService service, string handle, string displayName, string country, string[] topics) =>
        (await service.DataAsync(
            "mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }",
            new { input = new { handle, displayName, country, topics } }))
        .GetProperty("createUser").GetProperty("user").GetProperty("id").GetString()!;

    /// <summary>
    /// Asks until the answer passes the check (lists may trail the writes briefly), then asks again and requires the
    /// same bytes: wrk compares every answer with this one, so it must be the only answer.
    /// </summary>
    private static async Task<byte[]> StableAnswerAsync(HttpClient http, byte[] request, Func<JsonElement, string?> check)
    {
        string? problem = null;
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var (status, body) = await InProcessService.PostAsync(http, request);
            using var json = JsonDocument.Parse(body);
            problem = status != HttpStatusCode.OK ? $"status {(int)status}"
                : json.RootElement.TryGetProperty("errors", out _) ? "errors"
                : check(json.RootElement.GetProperty("data"));
            if (problem is null)
            {
                var again = await InProcessService.PostAsync(http, request);
                if (again.Status == HttpStatusCode.OK && again.Body.AsSpan().SequenceEqual(body)) return body;
                problem = "two answers differ";
            }
            else if (status != HttpStatusCode.OK || problem == "errors")
                throw new InvalidOperationException($"our service answered {problem}: {Encoding.UTF8.GetString(body)}");
            await Task.Delay(100);
        }
        throw new InvalidOperationException($"our service's answer is wrong: {problem}");
    }

    private static string? CheckNode(JsonElement data, string id)
    {
        var node = data.GetProperty("node");
        return node.GetProperty("id").GetString() == id && node.GetProperty("handle").GetString() == "jonas_chen_42"
            && node.GetProperty("displayName").GetString() == "Jonas Chen" && node.GetProperty("country").GetString() == "ES"
            ? null : $"unexpected node {node}";
    }

    private static string? CheckMembers(JsonElement data)
    {
        var node = data.GetProperty("node");
        if (node.GetProperty("name").GetString() != "United Hands 7") return $"unexpected community {node.GetProperty("name")}";
        var members = node.GetProperty("members");
        if (members.GetProperty("totalCount").GetInt32() != Members) return $"totalCount {members.GetProperty("totalCount")}, expected {Members}";
        var edges = members.GetProperty("edges");
        if (edges.GetArrayLength() != 20) return $"{edges.GetArrayLength()} edges, expected 20";
        foreach (var edge in edges.EnumerateArray())
        {
            var user = edge.GetProperty("node");
            if (string.IsNullOrEmpty(edge.GetProperty("cursor").GetString()) || string.IsNullOrEmpty(user.GetProperty("id").GetString())
                || string.IsNullOrEmpty(user.GetProperty("handle").GetString()) || string.IsNullOrEmpty(user.GetProperty("displayName").GetString())
                || user.GetProperty("country").GetString()?.Length != 2 || user.GetProperty("topics").GetArrayLength() < 3)
                return $"incomplete member {edge}";
        }
        return null;
    }
}
