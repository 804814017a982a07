using System.Globalization;
using System.Text.Json;
using Orleans.Storage;

namespace Network.Silo.Storage;

/// <summary>The Orleans-style state table: one row per (state name, grain), its integer version the ETag.</summary>
internal static class StateRows
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Writes the row if its stored version equals <paramref name="expectedEtag"/> (no row when null); returns the new ETag.</summary>
    public static async Task<string> WriteAsync(WriteContext context, string stateName, string grainId, string payload, string? expectedEtag)
    {
        if (expectedEtag is null)
        {
            var inserted = await context.ExecuteAsync(
                "INSERT INTO grain_state (state_name, grain_id, payload, version) VALUES (@n, @g, @p, 1) ON CONFLICT DO NOTHING",
                ("n", stateName), ("g", grainId), ("p", payload));
            if (inserted == 0) throw await Conflict(context, stateName, grainId, expectedEtag);
            return "1";
        }

        var expected = long.Parse(expectedEtag, CultureInfo.InvariantCulture);
        var updated = await context.ExecuteAsync(
            "UPDATE grain_state SET payload = @p, version = version + 1 WHERE state_name = @n AND grain_id = @g AND version = @v",
            ("p", payload), ("n", stateName), ("g", grainId), ("v", expected));
        if (updated == 0) throw await Conflict(context, stateName, grainId, expectedEtag);
        return (expected + 1).ToString(CultureInfo.InvariantCulture);
    }

    public static async Task ClearAsync(WriteContext context, string stateName, string grainId, string? expectedEtag)
    {
        if (expectedEtag is null) return;
        var deleted = await context.ExecuteAsync(
            "DELETE FROM grain_state WHERE state_name = @n AND grain_id = @g AND version = @v",
            ("n", stateName), ("g", grainId), ("v", long.Parse(expectedEtag, CultureInfo.InvariantCulture)));
        if (deleted == 0) throw await Conflict(context, stateName, grainId, expectedEtag);
    }

    private static async Task<InconsistentStateException> Conflict(WriteContext context, string stateName, string grainId, string? expectedEtag)
    {
        var stored = await context.ScalarAsync(
            "SELECT version FROM grain_state WHERE state_name = @n AND grain_id = @g", ("n", stateName), ("g", grainId));
        var storedEtag = stored is null or DBNull ? null : Convert.ToInt64(stored, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        return new InconsistentStateException(
            $"Version conflict writing {stateName} of {grainId}: stored {storedEtag ?? "none"}, expected {expectedEtag ?? "none"}. Nothing was written.",
            storedEtag, expectedEtag);
    }
}
