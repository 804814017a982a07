using System.Buffers.Text;
using System.Globalization;
using System.Text;
using GraphQL.Execution;

namespace Network.Api.Schema.Relay;

/// <summary>
/// Opaque global ids (Relay's Global Object Identification): base64url of "Type:id", e.g. "User:42". Clients
/// must not build them; they get them from the API and pass them back. An id of another type is refused.
/// </summary>
public static class GlobalId
{
    public const string InvalidIdCode = "INVALID_ID";

    public static string Encode(string typeName, long id) => Encode(typeName, id.ToString(CultureInfo.InvariantCulture));

    /// <summary>Encodes a node id as the grains write it (canonical decimal), without parsing it first: this runs for every id field.</summary>
    public static string Encode(string typeName, string id) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(typeName + ":" + id));

    /// <summary>Splits an id into its type name and number; false for anything we did not issue.</summary>
    public static bool TryDecode(string? globalId, out string typeName, out long id)
    {
        typeName = "";
        id = 0;
        if (string.IsNullOrEmpty(globalId) || globalId.Length > 64) return false;
        Span<byte> bytes = stackalloc byte[48];
        if (Base64Url.DecodeFromChars(globalId, bytes, out var consumed, out var written) != System.Buffers.OperationStatus.Done
            || consumed != globalId.Length)
            return false;
        var text = Encoding.UTF8.GetString(bytes[..written]);
        var colon = text.IndexOf(':');
        if (colon <= 0) return false;
        var number = text[(colon + 1)..];
        if (!long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out id) || id <= 0
            || number != id.ToString(CultureInfo.InvariantCulture))
            return false;
        typeName = text[..colon];
        // Only canonical encodings: anything else would give one node several ids.
        return Encode(typeName, id) == globalId;
    }

    /// <summary>The number inside an id of <paramref name="expectedType"/>; a clear error for anything else.</summary>
    public static long Parse(string? globalId, string expectedType, string argument)
    {
        if (!TryDecode(globalId, out var typeName, out var id))
            throw new GraphQLException($"Argument '{argument}': '{globalId}' is not a valid id.", InvalidIdCode, Field(argument));
        if (typeName != expectedType)
            throw new GraphQLException($"Argument '{argument}': expected an id of a {expectedType}, got an id of a {typeName}.", InvalidIdCode, Field(argument));
        return id;
    }

    /// <summary>Like <see cref="Parse(string?, string, string)"/>, for arguments that accept several types.</summary>
    public static (string TypeName, long Id) Parse(string? globalId, IReadOnlyCollection<string> expectedTypes, string argument)
    {
        if (!TryDecode(globalId, out var typeName, out var id))
            throw new GraphQLException($"Argument '{argument}': '{globalId}' is not a valid id.", InvalidIdCode, Field(argument));
        if (!expectedTypes.Contains(typeName))
            throw new GraphQLException(
                $"Argument '{argument}': expected an id of a {string.Join(" or ", expectedTypes)}, got an id of a {typeName}.", InvalidIdCode, Field(argument));
        return (typeName, id);
    }

    private static Dictionary<string, object?> Field(string argument) => new() { ["argument"] = argument };
}
