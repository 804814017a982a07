using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace GraphQL.Execution;

/// <summary>
/// A place in the result that holds values by index: an object's map or a list. It knows where
/// it sits in its parent, so that a null can bubble up (spec section 6.4.4) and a path can be
/// rebuilt for an error without keeping paths for fields that do not fail.
/// </summary>
internal abstract class ResultContainer(ResultContainer? parent, int indexInParent, bool nonNullInParent)
{
    public ResultContainer? Parent { get; } = parent;

    public int IndexInParent { get; } = indexInParent;

    /// <summary>Whether the position holding this container is of a non-null type.</summary>
    public bool NonNullInParent { get; } = nonNullInParent;

    /// <summary>Set when a null replaced this container in its parent (or the whole data).</summary>
    public bool IsNulled { get; set; }

    public abstract void Set(int index, object? value);

    /// <summary>The response key (string) or list index (int) of a position.</summary>
    public abstract object PathSegment(int index);

    /// <summary>The response path of a position in this container (spec section 7.1.2 "path").</summary>
    public List<object> PathTo(int index)
    {
        var path = new List<object>();
        ResultContainer? container = this;
        int position = index;
        while (container is not null)
        {
            path.Add(container.PathSegment(position));
            position = container.IndexInParent;
            container = container.Parent;
        }

        path.Reverse();
        return path;
    }
}

/// <summary>An object's result: values in the order of its selection plan's keys (spec section 7.1.3, ordered map).</summary>
internal sealed class ResultMap : ResultContainer, IReadOnlyDictionary<string, object?>
{
    private readonly string[] _keys;
    private readonly object?[] _values;

    public ResultMap(string[] keys, ResultContainer? parent, int indexInParent, bool nonNullInParent)
        : base(parent, indexInParent, nonNullInParent)
    {
        _keys = keys;
        _values = keys.Length == 0 ? [] : new object?[keys.Length];
    }

    public int Count => _keys.Length;

    public IEnumerable<string> Keys => _keys;

    public IEnumerable<object?> Values => _values;

    public object? this[string key] => TryGetValue(key, out object? value) ? value : throw new KeyNotFoundException(key);

    public override void Set(int index, object? value) => _values[index] = value;

    public override object PathSegment(int index) => _keys[index];

    public bool ContainsKey(string key) => Array.IndexOf(_keys, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        int index = Array.IndexOf(_keys, key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (int i = 0; i < _keys.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A list's result; the array itself is what the response holds.</summary>
internal sealed class ResultList(int count, ResultContainer parent, int indexInParent, bool nonNullInParent)
    : ResultContainer(parent, indexInParent, nonNullInParent)
{
    public object?[] Items { get; } = count == 0 ? [] : new object?[count];

    public override void Set(int index, object? value) => Items[index] = value;

    public override object PathSegment(int index) => index;
}
