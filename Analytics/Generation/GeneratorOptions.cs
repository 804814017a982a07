namespace Analytics.Generation;

/// <summary>
/// What <see cref="SocialNetworkGenerator"/> makes. Counts left at 0 are derived from <see cref="Ties"/> so that one
/// number sizes a realistic network (10 ties per user on average).
/// </summary>
/// <param name="Seed">The same seed and options always give the same network.</param>
/// <param name="Ties">Tie records (follows and interactions) to draw; from 1,000 to 10,000,000 and beyond.</param>
/// <param name="Users">Users; default Ties / 10.</param>
/// <param name="Communities">Communities; default Users / 200 (at least 5).</param>
/// <param name="Movements">Movements; default Users / 2,000 (at least 2).</param>
/// <param name="Collaborations">Collaborations between communities and movements; default 2 per community.</param>
/// <param name="SameGroupShare">Share of ties drawn inside the source's (country, leaning block) group.</param>
/// <param name="SameCountryShare">Share drawn inside the source's country, any block.</param>
/// <param name="SameBlockShare">Share drawn inside the source's leaning block, any country.</param>
/// <param name="InteractionShare">Share of tie records that are interactions rather than follows.</param>
/// <param name="DegreeExponent">Pareto exponent of the users' activity weights: smaller means heavier tails.</param>
public sealed record GeneratorOptions(
    long Seed,
    int Ties,
    int Users = 0,
    int Communities = 0,
    int Movements = 0,
    int Collaborations = 0,
    double SameGroupShare = 0.55,
    double SameCountryShare = 0.15,
    double SameBlockShare = 0.15,
    double InteractionShare = 0.3,
    double DegreeExponent = 2.2)
{
    public int UserCount => Users > 0 ? Users : Math.Max(20, Ties / 10);
    public int CommunityCount => Communities > 0 ? Communities : Math.Max(5, UserCount / 200);
    public int MovementCount => Movements > 0 ? Movements : Math.Max(2, UserCount / 2000);
    public int CollaborationCount => Collaborations > 0 ? Collaborations : 2 * CommunityCount;
}
