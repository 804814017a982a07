using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using GraphQL.Execution;
using Network.Api.Schema.Collaborations;
using Network.Api.Schema.Communities;
using Network.Api.Schema.Movements;
using Network.Api.Schema.Users;

namespace Network.Api.Schema.Relay;

/// <summary>
/// Opaque global ids (Relay's Global Object Identification): base64url of "Type:id", e.g. "User:42". Clients
/// must not build them; they get them from the API and pass them back. An id of another type is refused.
/// </summary>
public static class GlobalId
{
    public const string InvalidIdCode = "INVALID_ID";

    // An id we issue is at most 64 characters: 48 bytes hold every type name of ours, a colon and a long.
    private const int MaxBytes = 48;

    // Every id field and every node(id) runs through here: decoding names these without allocating.
    private static readonly string[] IssuedTypes = [UserType.TypeName, CommunityType.TypeName, MovementType.TypeName, CollaborationType.TypeName];

    public static string Encode(string typeName, long id) => Encode(typeName, id.ToString(CultureInfo.InvariantCulture));

    /// <summary>Encodes a node id as the grains write it (canonical decimal), without parsing it first: this runs for every id field.</summary>
    public static string Encode(string typeName, string id)
    {
        if (typeName.Length + id.Length >= MaxBytes) return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(typeName + ":" + id));
        Span<byte> bytes = stackalloc byte[3 * MaxBytes];
        var length = Encoding.UTF8.GetBytes(typeName, bytes);
        bytes[length++] = (byte)':';
        length += Encoding.UTF8.GetBytes(id, bytes[length..]);
        return Base64Url.EncodeToString(bytes[..length]);
    }

    /// <summary>Splits an id into its type name and number; false for anything we did not issue.</summary>
    public static bool TryDecode(string? globalId, out string typeName, out long id)
    {
        typeName = "";
        id = 0;
        if (string.IsNullOrEmpty(globalId) || globalId.Length > Base64Url.GetEncodedLength(MaxBytes)) return false;
        Span<byte> bytes = stackalloc byte[MaxBytes];
        if (Base64Url.DecodeFromChars(globalId, bytes, out var consumed, out var written) != OperationStatus.Done
            || consumed != globalId.Length)
            return false;
        var text = bytes[..written];
        var colon = text.IndexOf((byte)':');
        if (colon <= 0 || !TryParseCanonical(text[(colon + 1)..], out id)) return false;
        // Only canonical encodings (no padding, zero trailing bits): anything else would give one node several ids.
        Span<char> canonical = stackalloc char[Base64Url.GetEncodedLength(MaxBytes)];
        if (!Base64Url.TryEncodeToChars(text, canonical, out var length) || !canonical[..length].SequenceEqual(globalId)) return false;
        var name = text[..colon];
        foreach (var issued in IssuedTypes)
        {
            if (Ascii.Equals(name, issued))
            {
                typeName = issued;
                return true;
            }
        }
        if (!Utf8.IsValid(name)) return false;
        typeName = Encoding.UTF8.GetString(name);
        return true;
    }

    // Digits only, no sign, no leading zero, positive, within a long: the one spelling long.ToString gives.
    private static bool TryParseCanonical(ReadOnlySpan<byte> digits, out long value)
    {
        value = 0;
        if (digits.IsEmpty || digits[0] == (byte)'0' || digits.ContainsAnyExceptInRange((byte)'0', (byte)'9')) return false;
        return Utf8Parser.TryParse(digits, out value, out var consumed) && consumed == digits.Length;
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
