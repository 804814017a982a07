using System.Buffers.Text;
using System.Globalization;
using System.Text;
using GraphQL.Execution;
using Network.Silo.Listings;

namespace Network.Api.Schema.Relay;

/// <summary>
/// Relay cursor-connection arguments: first (default 20, at most 100) and after, an opaque cursor we issued.
/// </summary>
public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const string PageSizeCode = "PAGE_SIZE_EXCEEDED";
    public const string InvalidCursorCode = "INVALID_CURSOR";

    public static PageRequest Request(int? first, string? after)
    {
        var size = first ?? DefaultPageSize;
        if (size < 0)
            throw new GraphQLException($"Argument 'first' must not be negative; got {size}.", "BAD_USER_INPUT");
        if (size > MaxPageSize)
            throw new GraphQLException($"Argument 'first' may be at most {MaxPageSize}; got {size}.", PageSizeCode);
        return new PageRequest(size, after is null ? null : DecodeCursor(after));
    }

    public static string Cursor(long key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes("c:" + key.ToString(CultureInfo.InvariantCulture)));

    private static long DecodeCursor(string cursor)
    {
        if (cursor.Length <= 32)
        {
            Span<byte> bytes = stackalloc byte[24];
            if (Base64Url.DecodeFromChars(cursor, bytes, out var consumed, out var written) == System.Buffers.OperationStatus.Done && consumed == cursor.Length)
            {
                var text = Encoding.UTF8.GetString(bytes[..written]);
                if (text.StartsWith("c:", StringComparison.Ordinal)
                    && long.TryParse(text.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var key) && Cursor(key) == cursor)
                    return key;
            }
        }
        throw new GraphQLException($"Argument 'after': '{cursor}' is not a cursor this API issued.", InvalidCursorCode);
    }
}
