using System.Globalization;
using Analytics.Graphs;

namespace Grains.Tests.Analytics;

/// <summary>
/// Loads the graphs exported by Reference/make_reference.py from the test output's Analytics/Data folder.
/// </summary>
internal static class TestGraphs
{
    /// <summary>A loaded data set: the graph and its node attributes.</summary>
    internal sealed record Loaded(Graph Graph, string[] Labels, int[] Group, double[] Leaning);

    private static readonly Dictionary<string, Loaded> Cache = [];

    public static Loaded Karate => Load("karate", directed: false);
    public static Loaded LesMis => Load("lesmis", directed: false);
    public static Loaded Florentine => Load("florentine", directed: false);
    public static Loaded Davis => Load("davis", directed: false);
    public static Loaded KarateDirected => Load("karate_directed", directed: true);
    public static Loaded ScaleFree => Load("scalefree", directed: true);

    public static string DataPath(string file) =>
        Path.Combine(AppContext.BaseDirectory, "Analytics", "Data", file);

    private static Loaded Load(string name, bool directed)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(name, out var cached))
            {
                return cached;
            }
            var labels = new List<string>();
            var group = new List<int>();
            var leaning = new List<double>();
            foreach (var line in Lines(name + ".nodes"))
            {
                var f = line.Split('\t');
                labels.Add(f[1]);
                group.Add(int.Parse(f[2], CultureInfo.InvariantCulture));
                leaning.Add(f[3] == "nan" ? double.NaN : double.Parse(f[3], CultureInfo.InvariantCulture));
            }
            var builder = new GraphBuilder(labels.Count);
            foreach (var line in Lines(name + ".edges"))
            {
                var f = line.Split(' ');
                float w = f.Length > 2 ? float.Parse(f[2], CultureInfo.InvariantCulture) : 1f;
                builder.Add(int.Parse(f[0], CultureInfo.InvariantCulture), int.Parse(f[1], CultureInfo.InvariantCulture), w);
            }
            var graph = directed ? builder.BuildDirected() : builder.BuildUndirected();
            var loaded = new Loaded(graph, labels.ToArray(), group.ToArray(), leaning.ToArray());
            Cache[name] = loaded;
            return loaded;
        }
    }

    private static IEnumerable<string> Lines(string file) =>
        File.ReadLines(DataPath(file)).Where(l => l.Length > 0 && l[0] != '#');

    /// <summary>Builds an undirected graph from "u-v" pairs, for small hand-made cases.</summary>
    public static Graph Undirected(int n, params (int U, int V)[] edges)
    {
        var b = new GraphBuilder(n);
        foreach (var (u, v) in edges)
        {
            b.Add(u, v);
        }
        return b.BuildUndirected();
    }

    /// <summary>Builds a directed graph from arcs, for small hand-made cases.</summary>
    public static Graph Directed(int n, params (int U, int V)[] arcs)
    {
        var b = new GraphBuilder(n);
        foreach (var (u, v) in arcs)
        {
            b.Add(u, v);
        }
        return b.BuildDirected();
    }
}
