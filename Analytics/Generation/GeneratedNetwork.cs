namespace Analytics.Generation;

/// <summary>
/// A generated social network as flat arrays. Users, communities and movements each number from 0 in their own
/// index space. Countries are indices into <see cref="CountryCodes"/>, topics are bits over <see cref="TopicNames"/>.
/// </summary>
public sealed class GeneratedNetwork
{
    public required string[] CountryCodes { get; init; }
    public required string[] TopicNames { get; init; }

    /// <summary>Per user: country index, or -1 for none.</summary>
    public required sbyte[] UserCountry { get; init; }
    /// <summary>Per user: leaning in [-1, 1], or NaN for none.</summary>
    public required float[] UserLeaning { get; init; }
    /// <summary>Per user: the leaning block it was drawn from (0 left, 1 centre, 2 right), known even when the leaning is hidden.</summary>
    public required byte[] UserBlock { get; init; }
    public required ulong[] UserTopics { get; init; }

    /// <summary>Tie records: source, target, and kind (<see cref="Follow"/> or <see cref="Interaction"/>). Never a self-tie.</summary>
    public required int[] TieSource { get; init; }
    public required int[] TieTarget { get; init; }
    public required byte[] TieKind { get; init; }

    public required byte[] CommunityKind { get; init; }
    public required sbyte[] CommunityCountry { get; init; }
    public required ulong[] CommunityTopics { get; init; }
    /// <summary>Memberships: user, community, visibility (0 public, 1 members, 2 private).</summary>
    public required int[] MemberUser { get; init; }
    public required int[] MemberCommunity { get; init; }
    public required byte[] MemberVisibility { get; init; }

    public required sbyte[] MovementCountry { get; init; }
    public required ulong[] MovementTopics { get; init; }
    public required int[] SupportUser { get; init; }
    public required int[] SupportMovement { get; init; }
    public required byte[] SupportVisibility { get; init; }
    /// <summary>Communities that joined movements: community, movement.</summary>
    public required int[] PartOfCommunity { get; init; }
    public required int[] PartOfMovement { get; init; }

    /// <summary>Collaborations between actors; an actor is a community (kind 0) or a movement (kind 1).</summary>
    public required byte[] CollaborationFromKind { get; init; }
    public required int[] CollaborationFrom { get; init; }
    public required byte[] CollaborationToKind { get; init; }
    public required int[] CollaborationTo { get; init; }
    public required byte[] CollaborationKind { get; init; }
    /// <summary>Days before the generator's reference date (2026-01-01), 0..1094.</summary>
    public required short[] CollaborationDaysAgo { get; init; }

    public const byte Follow = 1;
    public const byte Interaction = 2;

    public int UserCount => UserCountry.Length;
    public int TieCount => TieSource.Length;

    public string? CountryOf(sbyte index) => index < 0 ? null : CountryCodes[index];

    public IEnumerable<string> Topics(ulong bits)
    {
        for (var t = 0; t < TopicNames.Length; t++)
            if ((bits & (1UL << t)) != 0) yield return TopicNames[t];
    }

    /// <summary>The country of a collaboration end.</summary>
    public sbyte ActorCountry(byte kind, int index) => kind == 0 ? CommunityCountry[index] : MovementCountry[index];
}
