using Network.Silo.Projection;

namespace Network.Silo.Queries;

/// <summary>Cross-border collaborations (their two ends in different countries), by country pair or one by one.</summary>
internal static class CrossBorderQuery
{
    public static async Task<CrossBorderMatrix> MatrixAsync(GraphQueries queries, DateTimeOffset? since, DateTimeOffset? until, long? minVersion, CancellationToken cancellationToken)
    {
        var projection = await queries.AtAsync(minVersion, cancellationToken);
        return projection.Read(p =>
        {
            var pairs = Collaborations(p, null, since, until)
                .GroupBy(c => (c.FromCountry, c.ToCountry))
                .Select(g => new CountryPair(g.Key.FromCountry, g.Key.ToCountry, g.Count()))
                .OrderByDescending(c => c.Count).ThenBy(c => c.From, StringComparer.Ordinal).ThenBy(c => c.To, StringComparer.Ordinal)
                .ToList();
            return new CrossBorderMatrix(p.Version, pairs);
        });
    }

    /// <summary>Cross-border collaborations touching <paramref name="country"/> (either end) within [since, until), in recording order.</summary>
    public static IEnumerable<CollaborationFact> Collaborations(GraphProjection p, string? country, DateTimeOffset? since, DateTimeOffset? until) =>
        p.Collaborations.Where(c => c.CrossBorder
            && (country is null || c.FromCountry == country || c.ToCountry == country)
            && (since is null || c.OccurredAt >= since)
            && (until is null || c.OccurredAt < until));
}
