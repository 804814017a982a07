namespace Network.Grains.Common;

public enum NodeKind : byte { User = 1, Community = 2, Movement = 3 }

/// <summary>Who may see a membership or a support.</summary>
public enum Visibility : byte { Public = 0, Members = 1, Private = 2 }

public enum CommunityKind : byte { Advocacy, Charity, MutualAid, LocalBusiness, Learning, Discussion, Jobs, Environment, Other }

public enum CollaborationKind : byte { JointCampaign, SharedEvent, Fundraising, KnowledgeExchange, SolidarityStatement }

public enum InteractionKind : byte { Reply, Share, Mention, Like }

/// <summary>The kinds of edge rows. Each belongs to the node at its source, whose grain writes it.</summary>
public enum EdgeKind : byte
{
    /// <summary>user → user</summary>
    Follows = 1,
    /// <summary>user → community, with a visibility</summary>
    MemberOf = 2,
    /// <summary>user → movement, with a visibility</summary>
    Supports = 3,
    /// <summary>community → movement</summary>
    PartOf = 4,
    /// <summary>user → user; the weight counts the interactions</summary>
    InteractedWith = 5,
}
