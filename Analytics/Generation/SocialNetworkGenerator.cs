using Analytics.Sampling;

namespace Analytics.Generation;

/// <summary>
/// Generates a seeded, realistic social network of users, communities and movements.
/// </summary>
/// <remarks>
/// <para>Ties follow a degree-corrected stochastic block model (Karrer &amp; Newman, "Stochastic blockmodels and
/// community structure in networks", Phys. Rev. E 83, 016107, 2011): every user has an activity weight θ drawn
/// from a Pareto law (heavy-tailed degrees), and a block given by its country and its leaning block (left, centre,
/// right). A tie's source is drawn in proportion to θ; its target, also in proportion to θ, from the source's own
/// (country, block) group, its country, its leaning block, or anyone, with the shares in
/// <see cref="GeneratorOptions"/>. So country and leaning homophily are built in, and measurable.</para>
/// <para>Communities (of the schema's nine kinds) draw most members from their own country; movements draw
/// supporters mostly from one leaning block and are joined by communities that share a topic; collaborations join
/// communities and movements, about a third of them across borders. Visibilities are 80% public, 15% members,
/// 5% private. About 10% of users hide their leaning and 3% their country.</para>
/// </remarks>
public static class SocialNetworkGenerator
{
    public static readonly string[] Countries = ["ID", "PH", "BR", "US", "IN", "NG", "KE", "DE", "MX", "SE", "ZA", "FR"];
    private static readonly double[] CountryWeights = [0.20, 0.12, 0.12, 0.10, 0.10, 0.08, 0.06, 0.06, 0.05, 0.04, 0.04, 0.03];

    public static readonly string[] Topics =
    [
        "climate", "housing", "labour", "water", "health", "education", "gender", "land",
        "migration", "digital rights", "food", "peace", "disability", "indigenous rights", "transport", "energy",
    ];

    private static readonly double[] BlockWeights = [0.40, 0.25, 0.35];
    private static readonly double[] BlockMean = [-0.6, 0.0, 0.6];
    private static readonly double[] BlockSpread = [0.25, 0.2, 0.25];

    public static GeneratedNetwork Generate(GeneratorOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Ties);
        var random = new SeededRandom(options.Seed);
        var users = options.UserCount;
        var countryTable = new AliasTable(Enumerable.Range(0, Countries.Length).ToArray(), CountryWeights);
        var blockTable = new AliasTable([0, 1, 2], BlockWeights);

        // Users: country, leaning block, leaning, topics, activity.
        var country = new sbyte[users];
        var block = new byte[users];
        var leaning = new float[users];
        var topics = new ulong[users];
        var theta = new double[users];
        var cap = Math.Max(10.0, users / 10.0);
        for (var u = 0; u < users; u++)
        {
            country[u] = random.NextDouble() < 0.03 ? (sbyte)-1 : (sbyte)countryTable.Next(random);
            block[u] = (byte)blockTable.Next(random);
            leaning[u] = random.NextDouble() < 0.10
                ? float.NaN
                : (float)Math.Clamp(BlockMean[block[u]] + BlockSpread[block[u]] * Normal(random), -1, 1);
            topics[u] = RandomTopics(random, 1, 3);
            theta[u] = Math.Min(cap, Math.Pow(1 - random.NextDouble(), -1 / (options.DegreeExponent - 1)));
        }

        var ties = Ties(options, random, users, country, block, theta);
        var communities = Communities(options, random, users, country);
        var movements = Movements(options, random, users, block, communities.Topics);
        var collaborations = Collaborations(options, random, communities.Country, movements.Country);

        return new GeneratedNetwork
        {
            CountryCodes = Countries,
            TopicNames = Topics,
            UserCountry = country,
            UserLeaning = leaning,
            UserBlock = block,
            UserTopics = topics,
            TieSource = ties.Source,
            TieTarget = ties.Target,
            TieKind = ties.Kind,
            CommunityKind = communities.Kind,
            CommunityCountry = communities.Country,
            CommunityTopics = communities.Topics,
            MemberUser = communities.MemberUser,
            MemberCommunity = communities.MemberCommunity,
            MemberVisibility = communities.MemberVisibility,
            MovementCountry = movements.Country,
            MovementTopics = movements.Topics,
            SupportUser = movements.SupportUser,
            SupportMovement = movements.SupportMovement,
            SupportVisibility = movements.SupportVisibility,
            PartOfCommunity = movements.PartOfCommunity,
            PartOfMovement = movements.PartOfMovement,
            CollaborationFromKind = collaborations.FromKind,
            CollaborationFrom = collaborations.From,
            CollaborationToKind = collaborations.ToKind,
            CollaborationTo = collaborations.To,
            CollaborationKind = collaborations.Kind,
            CollaborationDaysAgo = collaborations.DaysAgo,
        };
    }

    private static (int[] Source, int[] Target, byte[] Kind) Ties(
        GeneratorOptions options, SeededRandom random, int users, sbyte[] country, byte[] block, double[] theta)
    {
        // Alias tables over θ for everyone, each country, each block, and each (country, block) group.
        var everyone = new AliasTable(Enumerable.Range(0, users).ToArray(), theta);
        var groupOf = new int[users];
        var byGroup = new Dictionary<int, List<int>>();
        var byCountry = new Dictionary<int, List<int>>();
        var byBlock = new Dictionary<int, List<int>>();
        for (var u = 0; u < users; u++)
        {
            groupOf[u] = (country[u] + 1) * 3 + block[u];
            Add(byGroup, groupOf[u], u);
            Add(byCountry, country[u], u);
            Add(byBlock, block[u], u);
        }
        var groupTables = Tables(byGroup, theta);
        var countryTables = Tables(byCountry, theta);
        var blockTables = Tables(byBlock, theta);

        var source = new int[options.Ties];
        var target = new int[options.Ties];
        var kind = new byte[options.Ties];
        var sameGroup = options.SameGroupShare;
        var sameCountry = sameGroup + options.SameCountryShare;
        var sameBlock = sameCountry + options.SameBlockShare;
        for (var t = 0; t < options.Ties; t++)
        {
            int u, v;
            do
            {
                u = everyone.Next(random);
                var r = random.NextDouble();
                var table = r < sameGroup ? groupTables[groupOf[u]]
                    : r < sameCountry ? countryTables[country[u]]
                    : r < sameBlock ? blockTables[block[u]]
                    : everyone;
                v = table.Next(random);
            } while (u == v); // self-ties do not exist
            source[t] = u;
            target[t] = v;
            kind[t] = random.NextDouble() < options.InteractionShare ? GeneratedNetwork.Interaction : GeneratedNetwork.Follow;
        }
        return (source, target, kind);
    }

    private static (byte[] Kind, sbyte[] Country, ulong[] Topics, int[] MemberUser, int[] MemberCommunity, byte[] MemberVisibility) Communities(
        GeneratorOptions options, SeededRandom random, int users, sbyte[] userCountry)
    {
        var count = options.CommunityCount;
        var kind = new byte[count];
        var country = new sbyte[count];
        var topics = new ulong[count];
        var byCountry = new Dictionary<int, List<int>>();
        for (var u = 0; u < users; u++) Add(byCountry, userCountry[u], u);
        var countryTable = new AliasTable(Enumerable.Range(0, Countries.Length).ToArray(), CountryWeights);

        var memberUser = new List<int>();
        var memberCommunity = new List<int>();
        var memberVisibility = new List<byte>();
        var maxSize = Math.Max(5, users / 5);
        for (var c = 0; c < count; c++)
        {
            kind[c] = (byte)random.NextInt(9);
            country[c] = (sbyte)countryTable.Next(random);
            topics[c] = RandomTopics(random, 1, 3);
            var size = (int)Math.Clamp(Math.Round(5 * Math.Pow(1 - random.NextDouble(), -1 / 0.8)), 5, maxSize);
            var local = byCountry.TryGetValue(country[c], out var l) ? l : null;
            var chosen = new HashSet<int>();
            for (var attempts = 0; chosen.Count < size && attempts < size * 4; attempts++)
            {
                var u = local is not null && random.NextDouble() < 0.75 ? local[random.NextInt(local.Count)] : random.NextInt(users);
                if (!chosen.Add(u)) continue;
                memberUser.Add(u);
                memberCommunity.Add(c);
                memberVisibility.Add(Visibility(random));
            }
        }
        return (kind, country, topics, [.. memberUser], [.. memberCommunity], [.. memberVisibility]);
    }

    private static (sbyte[] Country, ulong[] Topics, int[] SupportUser, int[] SupportMovement, byte[] SupportVisibility, int[] PartOfCommunity, int[] PartOfMovement) Movements(
        GeneratorOptions options, SeededRandom random, int users, byte[] userBlock, ulong[] communityTopics)
    {
        var count = options.MovementCount;
        var country = new sbyte[count];
        var topics = new ulong[count];
        var movementBlock = new byte[count];
        var countryTable = new AliasTable(Enumerable.Range(0, Countries.Length).ToArray(), CountryWeights);
        var byBlock = new Dictionary<int, List<int>>();
        for (var u = 0; u < users; u++) Add(byBlock, userBlock[u], u);

        var supportUser = new List<int>();
        var supportMovement = new List<int>();
        var supportVisibility = new List<byte>();
        var maxSize = Math.Max(5, users / 3);
        for (var m = 0; m < count; m++)
        {
            country[m] = (sbyte)countryTable.Next(random);
            topics[m] = RandomTopics(random, 1, 2);
            movementBlock[m] = (byte)random.NextInt(3);
            var size = (int)Math.Clamp(Math.Round(10 * Math.Pow(1 - random.NextDouble(), -1 / 0.9)), 5, maxSize);
            var aligned = byBlock.TryGetValue(movementBlock[m], out var a) ? a : null;
            var chosen = new HashSet<int>();
            for (var attempts = 0; chosen.Count < size && attempts < size * 4; attempts++)
            {
                var u = aligned is not null && random.NextDouble() < 0.7 ? aligned[random.NextInt(aligned.Count)] : random.NextInt(users);
                if (!chosen.Add(u)) continue;
                supportUser.Add(u);
                supportMovement.Add(m);
                supportVisibility.Add(Visibility(random));
            }
        }

        // About three in ten communities join one movement that shares a topic with them.
        var partOfCommunity = new List<int>();
        var partOfMovement = new List<int>();
        for (var c = 0; c < communityTopics.Length; c++)
        {
            if (random.NextDouble() >= 0.3) continue;
            var start = random.NextInt(count);
            for (var k = 0; k < count; k++)
            {
                var m = (start + k) % count;
                if ((topics[m] & communityTopics[c]) == 0) continue;
                partOfCommunity.Add(c);
                partOfMovement.Add(m);
                break;
            }
        }
        return (country, topics, [.. supportUser], [.. supportMovement], [.. supportVisibility], [.. partOfCommunity], [.. partOfMovement]);
    }

    private static (byte[] FromKind, int[] From, byte[] ToKind, int[] To, byte[] Kind, short[] DaysAgo) Collaborations(
        GeneratorOptions options, SeededRandom random, sbyte[] communityCountry, sbyte[] movementCountry)
    {
        var count = options.CollaborationCount;
        var actors = communityCountry.Length + movementCountry.Length;
        var fromKind = new byte[count];
        var from = new int[count];
        var toKind = new byte[count];
        var to = new int[count];
        var kind = new byte[count];
        var daysAgo = new short[count];
        (byte, int) Actor(int a) => a < communityCountry.Length ? ((byte)0, a) : ((byte)1, a - communityCountry.Length);
        sbyte CountryOf(int a) => a < communityCountry.Length ? communityCountry[a] : movementCountry[a - communityCountry.Length];

        for (var i = 0; i < count; i++)
        {
            // About two in three collaborations stay within a country; the rest are drawn from anyone.
            var a = random.NextInt(actors);
            var wantLocal = random.NextDouble() < 0.65;
            int b;
            var attempts = 0;
            do
            {
                b = random.NextInt(actors);
            } while ((b == a || (wantLocal && CountryOf(b) != CountryOf(a))) && ++attempts < 50);
            if (b == a) b = (a + 1) % actors;
            (fromKind[i], from[i]) = Actor(a);
            (toKind[i], to[i]) = Actor(b);
            kind[i] = (byte)random.NextInt(5);
            daysAgo[i] = (short)random.NextInt(1095);
        }
        return (fromKind, from, toKind, to, kind, daysAgo);
    }

    private static byte Visibility(SeededRandom random)
    {
        var r = random.NextDouble();
        return r < 0.80 ? (byte)0 : r < 0.95 ? (byte)1 : (byte)2;
    }

    private static ulong RandomTopics(SeededRandom random, int min, int max)
    {
        ulong bits = 0;
        var n = min + random.NextInt(max - min + 1);
        for (var i = 0; i < n; i++) bits |= 1UL << random.NextInt(Topics.Length);
        return bits;
    }

    /// <summary>A standard normal draw (Box–Muller).</summary>
    private static double Normal(SeededRandom random)
    {
        var u1 = 1 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    private static void Add(Dictionary<int, List<int>> index, int key, int value)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(value);
    }

    private static Dictionary<int, AliasTable> Tables(Dictionary<int, List<int>> groups, double[] theta) =>
        groups.ToDictionary(g => g.Key, g => new AliasTable([.. g.Value], g.Value.Select(u => theta[u]).ToArray()));
}
