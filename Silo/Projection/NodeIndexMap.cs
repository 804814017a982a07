namespace Network.Silo.Projection;

/// <summary>
/// Node id → dense index, by open addressing with linear probing over one array of (id, index) pairs: a lookup
/// is usually one cache line, where <see cref="Dictionary{TKey,TValue}"/> reads a bucket array and then an entry
/// array. 16 bytes a slot at load ≤ 1/2, about 24 bytes a node against a dictionary's ~28. Node ids are positive
/// (0 marks an empty slot); any other id goes to a small dictionary on the side. Random 63-bit ids would spread well on their own; the multiplicative (Fibonacci)
/// hash keeps sequential ids from clustering (Knuth, TAOCP vol. 3, §6.4).
/// </summary>
internal sealed class NodeIndexMap
{
    private struct Slot
    {
        public long Id;
        public int Index;
    }

    private Slot[] _slots = new Slot[16];
    private int _shift = 64 - 4;
    private int _count;
    private Dictionary<long, int>? _other;

    public int Count => _count;

    /// <summary>Makes room for <paramref name="count"/> ids without rehashing.</summary>
    public void EnsureCapacity(int count)
    {
        var size = _slots.Length;
        while (size < 2L * count) size *= 2;
        if (size != _slots.Length) Rehash(size);
    }

    public bool TryGet(long id, out int index)
    {
        if (id <= 0)
        {
            if (_other is not null) return _other.TryGetValue(id, out index);
        }
        else
        {
            var mask = _slots.Length - 1;
            for (var i = Hash(id); ; i = (i + 1) & mask)
            {
                ref var slot = ref _slots[i];
                if (slot.Id == id)
                {
                    index = slot.Index;
                    return true;
                }
                if (slot.Id == 0) break;
            }
        }
        index = -1;
        return false;
    }

    /// <summary>Adds an id that is not in the map yet.</summary>
    public void Add(long id, int index)
    {
        if (id <= 0)
        {
            (_other ??= []).Add(id, index);
            _count++;
            return;
        }
        if (2 * (_count + 1) > _slots.Length) Rehash(_slots.Length * 2);
        Insert(id, index);
        _count++;
    }

    private int Hash(long id) => (int)((ulong)(id * -7046029254386353131L) >> _shift);

    private void Insert(long id, int index)
    {
        var mask = _slots.Length - 1;
        var i = Hash(id);
        while (_slots[i].Id != 0) i = (i + 1) & mask;
        _slots[i] = new Slot { Id = id, Index = index };
    }

    private void Rehash(int size)
    {
        var old = _slots;
        _slots = new Slot[size];
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
        foreach (var slot in old)
            if (slot.Id != 0) Insert(slot.Id, slot.Index);
    }
}
