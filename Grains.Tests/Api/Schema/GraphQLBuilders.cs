using System.Text.Json;

namespace Grains.Tests.Api.Schema;

/// <summary>Creates nodes and edges through the public mutations, as a client would, and returns global ids.</summary>
public static class GraphQLBuilders
{
    public static async Task<string> CreateUser(this GraphQLClient client, string? handle = null, string? country = "ID", double? leaning = null, params string[] topics)
    {
        var data = await client.DataAsync(
            "mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } graphVersion } }",
            new { input = new { handle = handle ?? "u" + Guid.NewGuid().ToString("N")[..12], displayName = "Test User", country, leaning, topics } });
        return data.GetProperty("createUser").GetProperty("user").GetProperty("id").GetString()!;
    }

    public static async Task<string> CreateCommunity(this GraphQLClient client, string country = "ID", params string[] topics)
    {
        var data = await client.DataAsync(
            "mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { community { id } } }",
            new { input = new { name = "Community " + Guid.NewGuid().ToString("N")[..6], kind = "MUTUAL_AID", country, platform = "forum", topics } });
        return data.GetProperty("createCommunity").GetProperty("community").GetProperty("id").GetString()!;
    }

    public static async Task<string> CreateMovement(this GraphQLClient client, string country = "ID", params string[] topics)
    {
        var data = await client.DataAsync(
            "mutation($input: CreateMovementInput!) { createMovement(input: $input) { movement { id } } }",
            new { input = new { name = "Movement " + Guid.NewGuid().ToString("N")[..6], originCountry = country, hashtags = new[] { "#together" }, topics } });
        return data.GetProperty("createMovement").GetProperty("movement").GetProperty("id").GetString()!;
    }

    /// <summary>Runs one MutationResult mutation and returns its graph version.</summary>
    public static async Task<long> Mutate(this GraphQLClient client, string field, string arguments, object? variables = null)
    {
        var data = await client.DataAsync($"mutation {{ result: {field}({arguments}) {{ graphVersion }} }}", variables);
        return data.GetProperty("result").GetProperty("graphVersion").GetInt64();
    }

    public static Task<long> Follow(this GraphQLClient client, string follower, string followee) =>
        client.Mutate("follow", $"followerId: \"{follower}\", followeeId: \"{followee}\"");

    public static Task<long> Join(this GraphQLClient client, string user, string community, string visibility = "PUBLIC") =>
        client.Mutate("joinCommunity", $"userId: \"{user}\", communityId: \"{community}\", visibility: {visibility}");

    public static Task<long> Support(this GraphQLClient client, string user, string movement, string visibility = "PUBLIC") =>
        client.Mutate("supportMovement", $"userId: \"{user}\", movementId: \"{movement}\", visibility: {visibility}");

    public static async Task<long> GraphVersion(this GraphQLClient client) =>
        (await client.DataAsync("{ graphVersion }")).GetProperty("graphVersion").GetInt64();

    public static IEnumerable<string> Strings(this JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!);

    public static JsonElement At(this JsonElement element, string path)
    {
        foreach (var part in path.Split('.')) element = int.TryParse(part, out var i) ? element[i] : element.GetProperty(part);
        return element;
    }
}
