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

    public static ResultGroup Analytics => new("Analytics",
        "PageRank, weakly connected components, Louvain, sampled betweenness, the echo-chamber report and projection loading, against python3-igraph and python3-networkx on the same generated graph.",
    [
        new ResultRow("PageRank, 1M users / 10M ties", null, "igraph", null, "≤ 1.0× igraph's time", null, "needs the generator and the projection (issue 4)"),
        new ResultRow("weakly connected components", null, "igraph", null, "≤ 1.0× igraph's time", null, "needs the generator (issue 4)"),
        new ResultRow("Louvain", null, "igraph", null, "≤ 0.1× igraph's time, modularity ≥ igraph's", null, "needs the generator (issue 4)"),
        new ResultRow("projection load", null, "—", null, "≥ 2M ties/s, ≤ 32 bytes/tie", null, "needs the projection (issue 4)"),
    ]);

    public static ResultGroup Subscriptions => new("Subscriptions",
        "Mutation acknowledgement to event arrival with 1,000 open subscriptions on loopback.",
    [
        new ResultRow("p99 latency", null, "—", null, "≤ 50 ms", null, "needs subscriptions (issue 5)"),
    ]);
}
