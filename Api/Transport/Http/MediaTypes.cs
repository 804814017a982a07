namespace Network.Api.Transport.Http;

/// <summary>The response media types of the GraphQL-over-HTTP spec, section "Media Types".</summary>
public enum ResponseMediaType
{
    /// <summary>application/json: the legacy type; GraphQL errors of a well-formed request get 200.</summary>
    Json,

    /// <summary>application/graphql-response+json: request errors get 4xx, so intermediaries cannot pass for the server.</summary>
    GraphQLResponseJson,
}

internal static class MediaTypes
{
    public const string Json = "application/json";
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string JsonUtf8 = "application/json; charset=utf-8";
    public const string GraphQLResponseJsonUtf8 = "application/graphql-response+json; charset=utf-8";

    public static string ContentType(ResponseMediaType type) =>
        type == ResponseMediaType.GraphQLResponseJson ? GraphQLResponseJsonUtf8 : JsonUtf8;

    /// <summary>
    /// Whether a POST body of this Content-Type is a JSON-encoded request: application/json (which
    /// the spec requires) or application/graphql-response+json, in UTF-8 (assumed when no charset is given).
    /// </summary>
    public static bool IsJsonRequest(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return false;
        }

        ReadOnlySpan<char> rest = contentType;
        ReadOnlySpan<char> mediaType = NextPart(ref rest, ';');
        if (!mediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
            && !mediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        while (!rest.IsEmpty)
        {
            ReadOnlySpan<char> parameter = NextPart(ref rest, ';');
            if (IsParameter(parameter, "charset", out ReadOnlySpan<char> charset) && !IsUtf8(charset))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Picks the response type from an Accept header (RFC 9110 section 12.5.1): the supported type
    /// of highest quality; on equal quality graphql-response+json before application/json before a
    /// wildcard. A missing Accept means application/json, as the graphql-http audits expect
    /// (80D8); */* and application/* mean application/json too (47DE). False when nothing is acceptable.
    /// </summary>
    public static bool TryNegotiate(string? accept, out ResponseMediaType chosen)
    {
        chosen = ResponseMediaType.Json;
        if (string.IsNullOrWhiteSpace(accept))
        {
            return true;
        }

        double bestQuality = 0;
        int bestRank = 0;
        ReadOnlySpan<char> rest = accept;
        while (!rest.IsEmpty)
        {
            ReadOnlySpan<char> range = NextPart(ref rest, ',');
            ReadOnlySpan<char> mediaType = NextPart(ref range, ';');
            int rank = mediaType switch
            {
                _ when mediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase) => 3,
                _ when mediaType.Equals(Json, StringComparison.OrdinalIgnoreCase) => 2,
                "*/*" or "application/*" => 1,
                _ => 0,
            };
            if (rank == 0)
            {
                continue;
            }

            double quality = 1;
            bool usable = true;
            while (!range.IsEmpty)
            {
                ReadOnlySpan<char> parameter = NextPart(ref range, ';');
                if (IsParameter(parameter, "q", out ReadOnlySpan<char> q))
                {
                    usable &= double.TryParse(q, System.Globalization.NumberStyles.AllowDecimalPoint,
                        System.Globalization.CultureInfo.InvariantCulture, out quality);
                }
                else if (IsParameter(parameter, "charset", out ReadOnlySpan<char> charset))
                {
                    usable &= IsUtf8(charset);
                }
            }

            if (usable && quality > 0 && (quality > bestQuality || (quality == bestQuality && rank > bestRank)))
            {
                bestQuality = quality;
                bestRank = rank;
            }
        }

        chosen = bestRank == 3 ? ResponseMediaType.GraphQLResponseJson : ResponseMediaType.Json;
        return bestRank > 0;
    }

    private static bool IsUtf8(ReadOnlySpan<char> charset)
    {
        charset = charset.Trim('"');
        return charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsParameter(ReadOnlySpan<char> parameter, string name, out ReadOnlySpan<char> value)
    {
        int equals = parameter.IndexOf('=');
        if (equals > 0 && parameter[..equals].Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
        {
            value = parameter[(equals + 1)..].Trim();
            return true;
        }

        value = default;
        return false;
    }

    // The trimmed text up to the separator; rest moves past it.
    private static ReadOnlySpan<char> NextPart(ref ReadOnlySpan<char> rest, char separator)
    {
        int index = rest.IndexOf(separator);
        ReadOnlySpan<char> part = index < 0 ? rest : rest[..index];
        rest = index < 0 ? default : rest[(index + 1)..];
        return part.Trim();
    }
}
