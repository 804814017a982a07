using Network.Grains.Common;

namespace Network.Silo.Projection;

/// <summary>Nodes by dense index (0..Count-1) with the attributes metrics need: kind, country, leaning, topics.</summary>
public sealed class NodeTable
{
    private readonly NodeIndexMap _index = new();
    private readonly List<long> _ids = [];
    private readonly List<NodeKind> _kinds = [];
    private readonly List<string?> _countries = [];
    private readonly List<double> _leanings = [];
    private readonly List<string[]> _topics = [];
    private readonly Dictionary<string, List<int>> _byTopic = new(StringComparer.Ordinal);
    // Interned: a million users share a few hundred countries and topics; one string each, not one per user.
    private readonly Dictionary<string, string> _countryNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _topicNames = new(StringComparer.Ordinal);

    public int Count => _ids.Count;

    public bool TryIndex(long id, out int index) => _index.TryGet(id, out index);

    /// <summary>Sizes the table for <paramref name="count"/> nodes (a bulk load knows its row count).</summary>
    public void EnsureCapacity(int count)
    {
        _index.EnsureCapacity(count);
        _ids.EnsureCapacity(count);
        _kinds.EnsureCapacity(count);
        _countries.EnsureCapacity(count);
        _leanings.EnsureCapacity(count);
        _topics.EnsureCapacity(count);
    }

    /// <summary>The one shared instance of a topic name.</summary>
    public string InternTopic(string topic) => _topicNames.TryGetValue(topic, out var t) ? t : _topicNames[topic] = topic;

    /// <summary>The index of <paramref name="id"/>, adding a placeholder node when it is unknown (an edge may name a node whose creation event came first in another batch).</summary>
    public int IndexOf(long id)
    {
        if (_index.TryGet(id, out var index)) return index;
        index = _ids.Count;
        _index.Add(id, index);
        _ids.Add(id);
        _kinds.Add(0);
        _countries.Add(null);
        _leanings.Add(double.NaN);
        _topics.Add([]);
        return index;
    }

    public void Set(long id, NodeKind kind, string? country, double? leaning, IEnumerable<string> topics)
    {
        var index = IndexOf(id);
        _kinds[index] = kind;
        _countries[index] = country is null ? null : _countryNames.TryGetValue(country, out var c) ? c : _countryNames[country] = country;
        _leanings[index] = leaning ?? double.NaN;
        var names = topics.ToArray();
        for (var i = 0; i < names.Length; i++) names[i] = InternTopic(names[i]);
        _topics[index] = names;
        foreach (var topic in _topics[index])
        {
            if (!_byTopic.TryGetValue(topic, out var list)) _byTopic[topic] = list = [];
            list.Add(index);
        }
    }

    /// <summary>Gives node <c>owner[i]</c> the topic <c>names[i]</c>, for every i (bulk load; replaces their topic lists).</summary>
    /// <remarks>
    /// The rows come in topic order, so their owners are scattered: filling each owner's array row by row missed the
    /// cache three times a row (0.6–0.7 s for 1.9M rows). They are counting-sorted by owner first (Cormen et al.,
    /// <i>Introduction to Algorithms</i>, 3rd ed., 2009, §8.2), stably, so each node keeps its topics in row order;
    /// then nodes are filled in index order, which also appends them to each topic's list in node order without a
    /// sort (a list that already held nodes is sorted once at the end).
    /// </remarks>
    public void SetTopics(List<int> owner, List<string> names)
    {
        // Each distinct topic as a small number, looked up once per run of rows that share one name (a bulk load
        // passes one string per run of a topic).
        var topics = new List<string>();
        var numberOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var topicOf = new int[owner.Count];
        var (name, number) = ((string?)null, -1);
        for (var i = 0; i < owner.Count; i++)
        {
            if (!ReferenceEquals(names[i], name))
            {
                name = names[i];
                var topic = InternTopic(name);
                if (!numberOf.TryGetValue(topic, out number)) numberOf[topic] = number = topics.Count;
                if (number == topics.Count) topics.Add(topic);
            }
            topicOf[i] = number;
        }
        var start = new int[_ids.Count + 1];
        foreach (var o in owner) start[o + 1]++;
        for (var o = 0; o < _ids.Count; o++) start[o + 1] += start[o];
        var next = start[..^1];
        var byOwner = new int[owner.Count];
        for (var i = 0; i < owner.Count; i++) byOwner[next[owner[i]]++] = topicOf[i];
        var lists = new List<int>[topics.Count];
        var held = new bool[topics.Count];
        for (var t = 0; t < topics.Count; t++)
        {
            if (!_byTopic.TryGetValue(topics[t], out lists[t]!)) _byTopic[topics[t]] = lists[t] = [];
            held[t] = lists[t].Count > 0;
        }
        for (var o = 0; o < _ids.Count; o++)
        {
            if (start[o + 1] == start[o]) continue;
            var own = _topics[o] = new string[start[o + 1] - start[o]];
            for (var k = 0; k < own.Length; k++)
            {
                var t = byOwner[start[o] + k];
                own[k] = topics[t];
                lists[t].Add(o);
            }
        }
        for (var t = 0; t < topics.Count; t++)
        {
            if (held[t]) lists[t].Sort();
        }
    }

    public long Id(int index) => _ids[index];
    public NodeKind Kind(int index) => _kinds[index];
    public string? Country(int index) => _countries[index];

    /// <summary>NaN when the node has no leaning.</summary>
    public double Leaning(int index) => _leanings[index];

    public IReadOnlyList<string> Topics(int index) => _topics[index];

    public IReadOnlyList<int> WithTopic(string topic) => _byTopic.TryGetValue(topic, out var list) ? list : [];
}
