namespace Network.Bench.Groups;

/// <summary>Rows whose subject does not exist yet; each names the issue where it gets built.</summary>
public static class NotBuiltYet
{
    public static ResultGroup GraphQL => new("GraphQL reads",
        "node(id) and a 20-member list over HTTP against graphql-js (graphql-http on Node) and a plain ASP.NET Core JSON endpoint (the floor).",
    [
        new ResultRow("node(id): requests/s", null, "graphql-js", null, "≥ 5× graphql-js and ≥ 0.5× floor", null, "needs the GraphQL endpoint (issue 3)"),
        new ResultRow("node(id): p99 at half max throughput", null, "—", null, "≤ 5 ms", null, "needs the GraphQL endpoint (issue 3)"),
        new ResultRow("parse+validate+execute, 3 fields, in-process", null, "HotChocolate 12 published 9.94 µs", null, "≤ 10 µs", null, "needs the GraphQL executor (issue 3)"),
    ]);

    public static ResultGroup Subscriptions => new("Subscriptions",
        "Mutation acknowledgement to event arrival with 1,000 open subscriptions on loopback.",
    [
        new ResultRow("p99 latency", null, "—", null, "≤ 50 ms", null, "needs subscriptions (issue 5)"),
    ]);
}
