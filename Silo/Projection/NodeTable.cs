using Network.Grains.Common;

namespace Network.Silo.Projection;

/// <summary>Nodes by dense index (0..Count-1) with the attributes metrics need: kind, country, leaning, topics.</summary>
public sealed class NodeTable
{
    private readonly Dictionary<long, int> _index = [];
    private readonly List<long> _ids = [];
    private readonly List<NodeKind> _kinds = [];
    private readonly List<string?> _countries = [];
    private readonly List<double> _leanings = [];
    private readonly List<string[]> _topics = [];
    private readonly Dictionary<string, List<int>> _byTopic = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _countryNames = new(StringComparer.Ordinal); // interned

    public int Count => _ids.Count;

    public bool TryIndex(long id, out int index) => _index.TryGetValue(id, out index);

    /// <summary>The index of <paramref name="id"/>, adding a placeholder node when it is unknown (an edge may name a node whose creation event came first in another batch).</summary>
    public int IndexOf(long id)
    {
        if (_index.TryGetValue(id, out var index)) return index;
        index = _ids.Count;
        _index[id] = index;
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
        _topics[index] = topics.ToArray();
        foreach (var topic in _topics[index])
        {
            if (!_byTopic.TryGetValue(topic, out var list)) _byTopic[topic] = list = [];
            list.Add(index);
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
