using Network.Silo.Projection;

namespace Grains.Tests.Silo;

public sealed class EdgeSetTests
{
    [Fact]
    public void Random_operations_agree_with_a_dictionary_model_through_compactions()
    {
        var random = new Random(7);
        var set = new EdgeSet();
        var model = new Dictionary<long, (int Weight, byte Visibility)>();
        // A base to start from, as a bulk load would give.
        var keys = Enumerable.Range(0, 3000).Select(_ => EdgeSet.Key(random.Next(200), random.Next(200))).Distinct().ToArray();
        set.Load(keys, keys.Select(_ => 1).ToArray(), keys.Select(_ => (byte)0).ToArray(), keys.Length);
        foreach (var k in keys) model[k] = (1, 0);

        for (var step = 0; step < 50_000; step++)
        {
            var key = EdgeSet.Key(random.Next(200), random.Next(200));
            var visibility = (byte)random.Next(3);
            switch (random.Next(3))
            {
                case 0:
                    set.Upsert(key, visibility);
                    model[key] = (model.TryGetValue(key, out var u) ? u.Weight : 1, visibility);
                    break;
                case 1:
                    set.Increment(key, visibility);
                    model[key] = ((model.TryGetValue(key, out var w) ? w.Weight : 0) + 1, visibility);
                    break;
                default:
                    set.Remove(key);
                    model.Remove(key);
                    break;
            }
            if (step % 9973 == 0) set.Compact();
        }

        Assert.Equal(model.Count, set.Count);
        var seen = new Dictionary<long, (int, byte)>();
        set.ForEach(ref seen, static (ref Dictionary<long, (int, byte)> s, int a, int b, int weight, byte vis) => s.Add(EdgeSet.Key(a, b), (weight, vis)));
        Assert.Equal(model.OrderBy(x => x.Key), seen.OrderBy(x => x.Key).Select(x => new KeyValuePair<long, (int, byte)>(x.Key, x.Value)));
        foreach (var (key, (weight, vis)) in model)
        {
            Assert.True(set.TryGet(key, out var w, out var v));
            Assert.Equal((weight, vis), (w, v));
        }
    }

    [Fact]
    public void Mapped_pairs_come_in_key_order_with_an_overlay_and_removals()
    {
        var random = new Random(11);
        var set = new EdgeSet();
        var keys = Enumerable.Range(0, 20_000).Select(_ => EdgeSet.Key(random.Next(500), random.Next(500))).Distinct().Order().ToArray();
        set.Load(keys, keys.Select(_ => 1).ToArray(), keys.Select(_ => (byte)0).ToArray(), keys.Length);
        var model = keys.ToHashSet();
        for (var step = 0; step < 3_000; step++) // below the compaction threshold, so the overlay stays
        {
            var key = EdgeSet.Key(random.Next(500), random.Next(500));
            if (random.Next(4) == 0)
            {
                set.Remove(key);
                model.Remove(key);
            }
            else
            {
                set.Upsert(key, 0);
                model.Add(key);
            }
        }
        // Node 7 is left out of the map; every other node keeps its index.
        var map = Enumerable.Range(0, 500).Select(n => n == 7 ? -1 : n).ToArray();
        var (sources, targets) = (new int[set.Count], new int[set.Count]);
        var count = set.CopyMappedPairs(map, sources, targets, 0);
        var expected = model.Order().Select(k => (EdgeSet.Source(k), EdgeSet.Target(k))).Where(p => p.Item1 != 7 && p.Item2 != 7 && p.Item1 != p.Item2).ToArray();
        Assert.Equal(expected, sources.Zip(targets).Take(count).ToArray());
    }

    [Fact]
    public void Keys_round_trip_their_ends()
    {
        var key = EdgeSet.Key(123456, int.MaxValue);
        Assert.Equal((123456, int.MaxValue), (EdgeSet.Source(key), EdgeSet.Target(key)));
    }
}
