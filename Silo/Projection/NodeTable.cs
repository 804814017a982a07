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
    public void SetTopics(List<int> owner, List<string> names)
    {
        var count = new int[_ids.Count];
        foreach (var o in owner) count[o]++;
        for (var i = 0; i < count.Length; i++)
            if (count[i] > 0) _topics[i] = new string[count[i]];
        Array.Clear(count);
        // A bulk load passes rows in topic order, one string per run of a topic: look it up once per run.
        string? name = null;
        var (topic, list) = ("", new List<int>());
        for (var i = 0; i < owner.Count; i++)
        {
            if (!ReferenceEquals(names[i], name))
            {
                name = names[i];
                topic = InternTopic(name);
                if (!_byTopic.TryGetValue(topic, out list!)) _byTopic[topic] = list = [];
            }
            var o = owner[i];
            _topics[o][count[o]++] = topic;
            list.Add(o);
        }
        foreach (var ids in _byTopic.Values) ids.Sort(); // node order, as when nodes are set one by one
    }

    public long Id(int index) => _ids[index];
    public NodeKind Kind(int index) => _kinds[index];
    public string? Country(int index) => _countries[index];

    /// <summary>NaN when the node has no leaning.</summary>
    public double Leaning(int index) => _leanings[index];

    public IReadOnlyList<string> Topics(int index) => _topics[index];

    public IReadOnlyList<int> WithTopic(string topic) => _byTopic.TryGetValue(topic, out var list) ? list : [];
}
