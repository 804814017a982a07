#!/usr/bin/python3
"""Exports NetworkX's bundled social graphs and reference values for the Analytics tests.

Run with Debian's python3-networkx (and python3-numpy/scipy, which it uses for assortativity):

    /usr/bin/python3 Grains.Tests/Analytics/Reference/make_reference.py

Writes Grains.Tests/Analytics/Data/<graph>.edges and <graph>.nodes, and the pinned values in
Grains.Tests/Analytics/NetworkXReference.cs. Values NetworkX has come from NetworkX; the metrics it
lacks (E-I index, Coleman, exposure diversity, neighbour-leaning correlation, random walk
controversy) are computed below in plain Python from the definitions in /work/shared/DESIGN.md,
independently of the C# code.

Node ids in the files are 0..n-1 in NetworkX's node order. .nodes columns: id, label, group
(categorical, -1 = no attribute), leaning (float, nan = no attribute).
"""
import math
import os

import networkx as nx
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "Data")
OUT_CS = os.path.join(HERE, "..", "NetworkXReference.cs")


# ---------------------------------------------------------------- graphs and attributes

def relabel(G):
    labels = list(G.nodes())
    H = nx.convert_node_labels_to_integers(G, ordering="default")
    return H, labels


def synthetic_leaning(i, sign):
    """A deterministic leaning in [-1, 1]; some nodes have none, some are exactly 0."""
    if i % 7 == 3:
        return None
    if i % 11 == 5:
        return 0.0
    return round(sign * (0.2 + 0.8 * ((i * 37) % 19) / 18.0), 4)


def build_graphs():
    graphs = {}

    karate, labels = relabel(nx.karate_club_graph())
    for e in karate.edges():
        karate.edges[e].pop("weight", None)   # NetworkX 3 adds weights; the classic graph is unweighted
    group = {i: (0 if karate.nodes[i]["club"] == "Mr. Hi" else 1) for i in karate}
    leaning = {i: synthetic_leaning(i, -1 if group[i] == 0 else 1) for i in karate}
    graphs["karate"] = (karate, labels, group, leaning, False)

    les, labels = relabel(nx.les_miserables_graph())
    comms = nx.community.greedy_modularity_communities(les)
    cof = {v: c for c, members in enumerate(comms) for v in members}
    group = {i: (-1 if i % 9 == 4 else cof[i] % 3) for i in les}
    leaning = {i: synthetic_leaning(i, 1 if cof[i] % 2 == 0 else -1) for i in les}
    graphs["lesmis"] = (les, labels, group, leaning, True)

    flo, labels = relabel(nx.florentine_families_graph())
    group = {i: i % 2 for i in flo}
    leaning = {i: synthetic_leaning(i, 1 if i % 3 else -1) for i in flo}
    graphs["florentine"] = (flo, labels, group, leaning, False)

    davis, labels = relabel(nx.davis_southern_women_graph())
    group = {i: davis.nodes[i]["bipartite"] for i in davis}
    leaning = {i: None for i in davis}
    graphs["davis"] = (davis, labels, group, leaning, False)

    # A directed graph with reciprocal ties, cycles and sinks: karate's edges oriented by a fixed rule.
    kd = nx.DiGraph()
    kd.add_nodes_from(karate.nodes())
    for u, v in karate.edges():
        u, v = min(u, v), max(u, v)
        if (u + v) % 3 == 0:
            kd.add_edge(v, u)
        elif (u * v) % 4 == 1:
            kd.add_edge(u, v)
            kd.add_edge(v, u)
        else:
            kd.add_edge(u, v)
    graphs["karate_directed"] = (kd, list(range(34)), {i: -1 for i in kd}, {i: None for i in kd}, False)

    # A scale-free directed graph with self-loops and many dangling nodes.
    sf = nx.DiGraph(nx.scale_free_graph(120, seed=7))
    graphs["scalefree"] = (sf, list(range(120)), {i: -1 for i in sf}, {i: None for i in sf}, False)
    return graphs


def write_graph(name, G, labels, group, leaning, weighted):
    with open(os.path.join(DATA, name + ".edges"), "w") as f:
        f.write("# %s: %s, %d nodes, %d edges (from NetworkX %s)\n" % (
            name, "directed" if G.is_directed() else "undirected",
            G.number_of_nodes(), G.number_of_edges(), nx.__version__))
        for u, v, d in G.edges(data=True):
            if weighted:
                f.write("%d %d %s\n" % (u, v, repr(float(d["weight"]))))
            else:
                f.write("%d %d\n" % (u, v))
    with open(os.path.join(DATA, name + ".nodes"), "w") as f:
        f.write("# id\tlabel\tgroup\tleaning\n")
        for i in G:
            lean = "nan" if leaning[i] is None else repr(leaning[i])
            f.write("%d\t%s\t%d\t%s\n" % (i, str(labels[i]).replace("\t", " "), group[i], lean))


# ---------------------------------------------------------------- metrics from DESIGN.md definitions

def grouped_edges(G, group):
    return [(u, v) for u, v in G.edges() if group[u] >= 0 and group[v] >= 0 and u != v]


def ei_index(G, group):
    internal = external = 0
    for u, v in grouped_edges(G, group):
        if group[u] == group[v]:
            internal += 1
        else:
            external += 1
    return (external - internal) / (external + internal)


def coleman(G, group):
    """Coleman (1958) as in Bojanowski & Corten (2014) / netseg::coleman on the symmetric mixing matrix."""
    members = [u for u in G if group[u] >= 0]
    groups = sorted({group[u] for u in members})
    n = len(members)
    result = {}
    for g in groups:
        size = sum(1 for u in members if group[u] == g)
        within = 0   # m_gg: ties counted from both ends
        degsum = 0   # row sum: ends of ties held by group g
        for u, v in grouped_edges(G, group):
            for a, b in ((u, v), (v, u)):
                if group[a] == g:
                    degsum += 1
                    if group[b] == g:
                        within += 1
        expected = degsum * (size - 1) / (n - 1)
        if within > expected:
            result[g] = (within - expected) / (degsum - expected)
        else:
            result[g] = (within - expected) / expected if expected > 0 else float("nan")
    return [result[g] for g in groups]


def exposure_diversity(G, group):
    members = [u for u in G if group[u] >= 0]
    k = len({group[u] for u in members})
    values = []
    for u in members:
        counts = {}
        for v in G.neighbors(u):
            if v != u and group[v] >= 0:
                counts[group[v]] = counts.get(group[v], 0) + 1
        total = sum(counts.values())
        if total == 0:
            continue
        if k < 2:
            values.append(0.0)
            continue
        h = -sum((c / total) * math.log(c / total) for c in counts.values())
        values.append(h / math.log(k))
    return sum(values) / len(values), len(values)


def pearson(xs, ys):
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / math.sqrt(sxx * syy)


def neighbour_leaning_correlation(G, leaning):
    xs, ys = [], []
    for u in G:
        if leaning[u] is None:
            continue
        nb = [leaning[v] for v in G.neighbors(u) if v != u and leaning[v] is not None]
        if nb:
            xs.append(leaning[u])
            ys.append(sum(nb) / len(nb))
    return pearson(xs, ys), len(xs)


def solve(a, b):
    """Gaussian elimination with partial pivoting (plain Python)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            if f != 0.0:
                for k in range(c, n + 1):
                    m[r][k] -= f * m[c][k]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][k] * x[k] for k in range(r + 1, n))) / m[r][r]
    return x


def random_walk_controversy(G, side, hubs_per_side):
    """Garimella et al. (2018), computed exactly with absorbing random walks.

    Nodes without a side are dropped with their ties. Hubs: the hubs_per_side highest-degree nodes
    of each side (degree in the remaining graph, ties to the smaller id). A walk starts at a
    non-hub node of a side chosen uniformly, steps to uniform random neighbours and stops at the
    first hub. P(A->B) = mean over those start nodes of the probability of stopping at a hub of B.
    Start nodes that cannot reach a hub are left out.
    """
    H = G.subgraph([u for u in G if side[u] >= 0]).copy()
    hubs = {}
    for s in (0, 1):
        nodes = sorted((u for u in H if side[u] == s), key=lambda u: (-H.degree(u), u))
        for u in nodes[:hubs_per_side]:
            hubs[u] = s
    reach = set()
    frontier = list(hubs)
    reach.update(frontier)
    while frontier:
        nxt = []
        for u in frontier:
            for v in H.neighbors(u):
                if v not in reach:
                    reach.add(v)
                    nxt.append(v)
        frontier = nxt
    free = [u for u in H if u not in hubs and u in reach]
    index = {u: i for i, u in enumerate(free)}
    # a(u) = probability of stopping at a side-1 hub: a(u) - mean_v a(v) = 0, hubs fixed.
    n = len(free)
    A = [[0.0] * n for _ in range(n)]
    b = [0.0] * n
    for u in free:
        i = index[u]
        A[i][i] = 1.0
        d = H.degree(u)
        for v in H.neighbors(u):
            if v in index:
                A[i][index[v]] -= 1.0 / d
            elif hubs.get(v) == 1:
                b[i] += 1.0 / d
    a = solve(A, b)
    p = {}
    for s in (0, 1):
        starts = [u for u in free if side[u] == s]
        to_one = sum(a[index[u]] for u in starts) / len(starts)
        p[(s, 1)] = to_one
        p[(s, 0)] = 1.0 - to_one
    return p[(0, 0)] * p[(1, 1)] - p[(0, 1)] * p[(1, 0)]


# ---------------------------------------------------------------- seeded randomness

MASK = (1 << 64) - 1


def xoshiro256ss(seed, count):
    """xoshiro256** seeded by SplitMix64 (Blackman & Vigna 2021), written from the paper's description."""
    x = seed & MASK
    state = []
    for _ in range(4):
        x = (x + 0x9E3779B97F4A7C15) & MASK
        z = x
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        state.append(z ^ (z >> 31))
    rotl = lambda v, k: ((v << k) | (v >> (64 - k))) & MASK
    out = []
    s0, s1, s2, s3 = state
    for _ in range(count):
        out.append((rotl((s1 * 5) & MASK, 7) * 9) & MASK)
        t = (s1 << 17) & MASK
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotl(s3, 45)
    return out


# ---------------------------------------------------------------- C# output

class Emitter:
    def __init__(self):
        self.lines = []

    def const(self, name, value):
        if isinstance(value, int):
            self.lines.append("        public const int %s = %d;" % (name, value))
        else:
            self.lines.append("        public const double %s = %s;" % (name, num(value)))

    def array(self, name, values, floats=False):
        if not floats and all(isinstance(v, int) for v in values):
            body = ", ".join(str(v) for v in values)
            self.lines.append("        public static readonly int[] %s = [%s];" % (name, body))
        else:
            body = ", ".join(num(v) for v in values)
            self.lines.append("        public static readonly double[] %s = [%s];" % (name, body))

    def begin(self, name):
        self.lines.append("    internal static class %s" % name)
        self.lines.append("    {")

    def end(self):
        self.lines.append("    }")
        self.lines.append("")


def num(v):
    v = float(v)
    if math.isnan(v):
        return "double.NaN"
    r = repr(v)
    return r if ("e" in r or "." in r) else r + ".0"


def in_order(G, d, default=0):
    return [d.get(u, default) for u in sorted(G)]


def emit_undirected(e, name, G, group, leaning, weighted):
    n = G.number_of_nodes()
    e.begin(name)
    e.const("NodeCount", n)
    e.const("EdgeCount", G.number_of_edges())
    e.const("ComponentCount", nx.number_connected_components(G))
    # BFS: distances from node 0 (-1 unreachable) and the sum over all ordered pairs.
    d0 = nx.single_source_shortest_path_length(G, 0)
    e.array("HopsFromZero", in_order(G, d0, -1))
    e.const("SumOfAllHops", sum(sum(d.values()) for _, d in nx.all_pairs_shortest_path_length(G)))
    e.const("HopsZeroToLast", nx.shortest_path_length(G, 0, n - 1))
    if weighted:
        dw = nx.single_source_dijkstra_path_length(G, 0, weight="weight")
        e.array("WeightedDistanceFromZero", in_order(G, dw, -1.0), floats=True)
        e.array("PageRankWeighted", in_order(G, _pagerank_python(G, weight="weight")))
        e.array("BetweennessWeighted", in_order(G, nx.betweenness_centrality(G, weight="weight")), floats=True)
    e.array("PageRank", in_order(G, _pagerank_python(G, weight=None)))
    e.array("PersonalizedPageRank", in_order(G, _pagerank_python(G, weight=None, personalization={0: 1, n - 1: 3})))
    e.array("Betweenness", in_order(G, nx.betweenness_centrality(G)), floats=True)
    e.array("BetweennessRaw", in_order(G, nx.betweenness_centrality(G, normalized=False)), floats=True)
    e.array("DegreeCentrality", in_order(G, nx.degree_centrality(G)))
    e.array("CoreNumber", in_order(G, nx.core_number(G)))
    e.array("Clustering", in_order(G, nx.clustering(G)), floats=True)
    e.const("AverageClustering", nx.average_clustering(G))
    e.const("DegreeAssortativity", nx.degree_assortativity_coefficient(G))

    grouped = [u for u in G if group[u] >= 0]
    S = G.subgraph(grouped)
    for u in S:
        S.nodes[u]["group"] = group[u]
    parts = {}
    for u in grouped:
        parts.setdefault(group[u], set()).add(u)
    partition = list(parts.values())
    e.const("GroupModularity", nx.community.modularity(S, partition, weight=None))
    e.const("GroupModularityHalfResolution", nx.community.modularity(S, partition, weight=None, resolution=0.5))
    e.const("GroupAssortativity", nx.attribute_assortativity_coefficient(S, "group"))
    e.const("EIIndex", ei_index(G, group))
    e.array("Coleman", coleman(G, group))
    mean, count = exposure_diversity(G, group)
    e.const("ExposureDiversity", mean)
    e.const("ExposureDiversityUsers", count)

    with_leaning = [u for u in G if leaning[u] is not None]
    if with_leaning:
        L = G.subgraph(with_leaning).copy()
        for u in L:
            L.nodes[u]["leaning"] = leaning[u]
        e.const("LeaningAssortativity", nx.numeric_assortativity_coefficient(L, "leaning"))
        r, count = neighbour_leaning_correlation(G, leaning)
        e.const("NeighbourLeaningCorrelation", r)
        e.const("NeighbourLeaningUsers", count)
    if name == "Davis":
        women = [u for u in G if group[u] == 0]
        pairs = [(u, v) for i, u in enumerate(women) for v in women[i + 1:]]
        e.array("SimilarityPairsU", [u for u, _ in pairs])
        e.array("SimilarityPairsV", [v for _, v in pairs])
        e.array("Jaccard", [p for _, _, p in nx.jaccard_coefficient(G, pairs)], floats=True)
        e.array("AdamicAdar", [p for _, _, p in nx.adamic_adar_index(G, pairs)], floats=True)
        e.array("ResourceAllocation", [p for _, _, p in nx.resource_allocation_index(G, pairs)], floats=True)
    if name == "LesMis":
        # Sides: groups 0 and 1; group 2 and ungrouped characters are left out with their ties.
        side = {u: (group[u] if group[u] in (0, 1) else -1) for u in G}
        e.const("RandomWalkControversyTwoSides", random_walk_controversy(G, side, 2))
    if name == "Karate":
        e.const("RandomWalkControversyHubs1", random_walk_controversy(G, group, 1))
        e.const("RandomWalkControversyHubs3", random_walk_controversy(G, group, 3))
        e.const("ClubModularity", nx.community.modularity(G, partition))
    e.end()


def emit_directed(e, name, G):
    e.begin(name)
    e.const("NodeCount", G.number_of_nodes())
    e.const("ArcCount", G.number_of_edges())
    e.const("StrongComponentCount", nx.number_strongly_connected_components(G))
    e.const("WeakComponentCount", nx.number_weakly_connected_components(G))
    scc_id = {}
    for c, comp in enumerate(sorted(nx.strongly_connected_components(G), key=min)):
        for u in comp:
            scc_id[u] = c
    e.array("StrongComponentByMinNode", in_order(G, scc_id))
    d0 = nx.single_source_shortest_path_length(G, 0)
    e.array("HopsFromZero", in_order(G, d0, -1))
    e.const("SumOfAllHops", sum(sum(d.values()) for _, d in nx.all_pairs_shortest_path_length(G)))
    e.array("PageRank", in_order(G, _pagerank_python(G, weight=None)))
    e.array("PersonalizedPageRank", in_order(G, _pagerank_python(G, weight=None, personalization={1: 1, 2: 1, 5: 2})))
    e.array("PageRankCustomDangling", in_order(G, _pagerank_python(G, weight=None, dangling={0: 1, 3: 4})))
    e.array("Betweenness", in_order(G, nx.betweenness_centrality(G)), floats=True)
    e.array("BetweennessRaw", in_order(G, nx.betweenness_centrality(G, normalized=False)), floats=True)
    wd = G.copy()
    for u, v in wd.edges():
        wd.edges[u, v]["weight"] = 1 + (u * 7 + v * 3) % 5
    e.array("BetweennessWeighted", in_order(G, nx.betweenness_centrality(wd, weight="weight")), floats=True)
    e.array("PageRankWeighted", in_order(G, _pagerank_python(wd, weight="weight")))
    e.array("InDegreeCentrality", in_order(G, nx.in_degree_centrality(G)))
    e.array("OutDegreeCentrality", in_order(G, nx.out_degree_centrality(G)))
    e.array("DegreeCentrality", in_order(G, nx.degree_centrality(G)))
    e.const("DegreeAssortativity", nx.degree_assortativity_coefficient(G))
    if nx.number_of_selfloops(G) == 0:
        e.array("CoreNumber", in_order(G, nx.core_number(G)))
    e.end()


def main():
    os.makedirs(DATA, exist_ok=True)
    graphs = build_graphs()
    e = Emitter()
    for name, (G, labels, group, leaning, weighted) in graphs.items():
        write_graph(name, G, labels, group, leaning, weighted)
    title = {"karate": "Karate", "lesmis": "LesMis", "florentine": "Florentine", "davis": "Davis",
             "karate_directed": "KarateDirected", "scalefree": "ScaleFree"}
    for name, (G, labels, group, leaning, weighted) in graphs.items():
        if G.is_directed():
            emit_directed(e, title[name], G)
        else:
            emit_undirected(e, title[name], G, group, leaning, weighted)
    e.begin("Xoshiro")
    e.lines.append("        public static readonly ulong[] Seed42 = [%s];" % ", ".join("%dUL" % v for v in xoshiro256ss(42, 6)))
    e.lines.append("        public static readonly ulong[] SeedMinus1 = [%s];" % ", ".join("%dUL" % v for v in xoshiro256ss(-1, 3)))
    e.end()
    header = [
        "// <auto-generated>",
        "// Reference values from NetworkX %s (Debian python3-networkx) and, for the metrics NetworkX" % nx.__version__,
        "// lacks, from plain-Python implementations of DESIGN.md's definitions; produced by",
        "// Grains.Tests/Analytics/Reference/make_reference.py. Do not edit: rerun the script.",
        "// </auto-generated>",
        "namespace Grains.Tests.Analytics;",
        "",
        "internal static class NetworkXReference",
        "{",
        "    public const string Version = \"%s\";" % nx.__version__,
        "",
    ]
    with open(OUT_CS, "w") as f:
        f.write("\n".join(header + e.lines).rstrip() + "\n}\n")


if __name__ == "__main__":
    main()
