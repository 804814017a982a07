#!/usr/bin/env python3
"""Times graph algorithms in a peer library on an edge list, for bench/run.sh.

Usage: algorithms.py LIBRARY EDGELIST NODES RUNS ALGORITHM...
  LIBRARY    igraph | networkx
  EDGELIST   text file, one distinct directed arc "u v" per line, nodes 0..NODES-1
  ALGORITHM  pagerank | wcc | louvain | betweenness:K (igraph: the first three)
             NetworkX also: scc | bfs:K | dijkstra:K | ppr:K | degree | kcore | clustering | lpa | betweenness

Prints one JSON object: seconds per run for each algorithm (loading is not timed), plus
"louvain_modularity": the modularity of each run's Louvain partition, on the undirected simple graph. Louvain is
randomised (igraph shuffles the node order with Python's random module, NetworkX takes a seed), and one run's
modularity can differ from the next by several hundredths, so run i is seeded with i + 1 and every run's figure
is kept.
Definitions match the C# side: PageRank with alpha 0.85 on the directed graph; weakly connected components
of the directed graph; Louvain on the undirected simple graph, unweighted, resolution 1; betweenness sampled
with K pivots on the directed graph (NetworkX only). The rest are NetworkX only: strongly connected components of
the directed graph; bfs:K and dijkstra:K, single-source distances from K sources spread over the ids (sources(), as
the C# side picks them; every arc weighs 1); ppr:K, PageRank personalized on K such nodes; degree centrality of the
directed graph; core numbers, average clustering and asynchronous label propagation on the undirected graph; exact
betweenness on the directed graph.
"""
import json
import random
import sys
import time


def timed(runs, fn):
    seconds, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        seconds.append(time.perf_counter() - start)
    return seconds, result


def louvain(runs, search, quality):
    """Seconds and modularity of each run: search(seed) is timed, quality(partition) is not."""
    seconds, modularity = [], []
    for i in range(runs):
        start = time.perf_counter()
        partition = search(i + 1)
        seconds.append(time.perf_counter() - start)
        modularity.append(quality(partition))
    return seconds, modularity


def seeded(seed, fn):
    # python-igraph draws its random numbers from Python's random module.
    random.seed(seed)
    return fn()


def sources(nodes, k):
    """K sources spread evenly over the ids, the same ones the C# side uses."""
    return [i * nodes // k for i in range(k)]


def main():
    library, path, nodes, runs = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    algorithms = sys.argv[5:]
    with open(path) as f:
        arcs = [tuple(map(int, line.split())) for line in f]
    out = {}
    if library == "igraph":
        import igraph as ig
        directed = ig.Graph(n=nodes, edges=arcs, directed=True)
        undirected = directed.as_undirected(mode="collapse")
        for a in algorithms:
            if a == "pagerank":
                out[a], _ = timed(runs, lambda: directed.pagerank(damping=0.85))
            elif a == "wcc":
                out[a], _ = timed(runs, lambda: directed.connected_components(mode="weak"))
            elif a == "louvain":
                out[a], out["louvain_modularity"] = louvain(
                    runs, lambda seed: seeded(seed, undirected.community_multilevel), lambda p: p.modularity)
            else:
                raise SystemExit(f"unknown algorithm {a} for igraph")
    elif library == "networkx":
        import networkx as nx
        directed = nx.DiGraph()
        directed.add_nodes_from(range(nodes))
        directed.add_edges_from(arcs)
        undirected = directed.to_undirected()
        for a in algorithms:
            if a == "pagerank":
                out[a], _ = timed(runs, lambda: nx.pagerank(directed, alpha=0.85))
            elif a == "wcc":
                out[a], _ = timed(runs, lambda: list(nx.weakly_connected_components(directed)))
            elif a == "louvain":
                out[a], out["louvain_modularity"] = louvain(
                    runs, lambda seed: nx.algorithms.community.louvain_communities(undirected, seed=seed),
                    lambda p: nx.algorithms.community.modularity(undirected, p))
            elif a.startswith("betweenness:"):
                k = int(a.split(":")[1])
                out[a], _ = timed(runs, lambda: nx.betweenness_centrality(directed, k=k, seed=1))
            elif a == "betweenness":
                out[a], _ = timed(runs, lambda: nx.betweenness_centrality(directed))
            elif a == "scc":
                out[a], _ = timed(runs, lambda: list(nx.strongly_connected_components(directed)))
            elif a.startswith("bfs:"):
                starts = sources(nodes, int(a.split(":")[1]))
                out[a], _ = timed(runs, lambda: [nx.single_source_shortest_path_length(directed, s) for s in starts])
            elif a.startswith("dijkstra:"):
                starts = sources(nodes, int(a.split(":")[1]))
                out[a], _ = timed(runs, lambda: [nx.single_source_dijkstra_path_length(directed, s) for s in starts])
            elif a.startswith("ppr:"):
                teleport = {s: 1.0 for s in sources(nodes, int(a.split(":")[1]))}
                out[a], _ = timed(runs, lambda: nx.pagerank(directed, alpha=0.85, personalization=teleport))
            elif a == "degree":
                out[a], _ = timed(runs, lambda: nx.degree_centrality(directed))
            elif a == "kcore":
                out[a], _ = timed(runs, lambda: nx.core_number(undirected))
            elif a == "clustering":
                out[a], _ = timed(runs, lambda: nx.average_clustering(undirected))
            elif a == "lpa":
                out[a], _ = timed(runs, lambda: list(nx.algorithms.community.asyn_lpa_communities(undirected, seed=1)))
            else:
                raise SystemExit(f"unknown algorithm {a}")
    else:
        raise SystemExit(f"unknown library {library}")
    print(json.dumps(out))


if __name__ == "__main__":
    main()
