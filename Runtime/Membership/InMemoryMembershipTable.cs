using System.Collections.Immutable;
using System.Globalization;
using Orleans.Runtime;

namespace Orleans.Membership;

/// <summary>A membership table in memory, with the same compare-and-swap rules: for tests and in-process clusters.</summary>
public sealed class InMemoryMembershipTable : IMembershipTable
{
    private readonly object _lock = new();
    private readonly Dictionary<SiloAddress, (MembershipEntry Entry, int Etag)> _rows = [];
    private int _version;

    public Task InitializeMembershipTable(bool tryInitTableVersion) => Task.CompletedTask;

    public Task<MembershipTableData> ReadAll()
    {
        lock (_lock)
        {
            var rows = _rows.Values.Select(r => (r.Entry, r.Etag.ToString(CultureInfo.InvariantCulture))).ToImmutableArray();
            return Task.FromResult(new MembershipTableData(rows, CurrentVersion()));
        }
    }

    private TableVersion CurrentVersion() => new(_version, _version.ToString(CultureInfo.InvariantCulture));

    public Task<bool> InsertRow(MembershipEntry entry, TableVersion tableVersion)
    {
        lock (_lock)
        {
            if (!VersionMatches(tableVersion) || _rows.ContainsKey(entry.Silo)) return Task.FromResult(false);
            _rows[entry.Silo] = (entry, 0);
            _version = tableVersion.Version;
            return Task.FromResult(true);
        }
    }

    public Task<bool> UpdateRow(MembershipEntry entry, string etag, TableVersion tableVersion)
    {
        lock (_lock)
        {
            if (!VersionMatches(tableVersion) || !_rows.TryGetValue(entry.Silo, out var row) ||
                row.Etag.ToString(CultureInfo.InvariantCulture) != etag)
                return Task.FromResult(false);
            _rows[entry.Silo] = (entry, row.Etag + 1);
            _version = tableVersion.Version;
            return Task.FromResult(true);
        }
    }

    private bool VersionMatches(TableVersion next) =>
        next.VersionEtag == _version.ToString(CultureInfo.InvariantCulture) && next.Version == _version + 1;

    public Task UpdateIAmAlive(MembershipEntry entry)
    {
        lock (_lock)
        {
            if (_rows.TryGetValue(entry.Silo, out var row))
                _rows[entry.Silo] = (row.Entry with { IAmAliveTime = entry.IAmAliveTime }, row.Etag);
            return Task.CompletedTask;
        }
    }

    public Task CleanupDefunctSiloEntries(DateTimeOffset beforeDate)
    {
        lock (_lock)
        {
            foreach (var silo in _rows.Where(r => r.Value.Entry.Status == SiloStatus.Dead && r.Value.Entry.IAmAliveTime < beforeDate).Select(r => r.Key).ToArray())
                _rows.Remove(silo);
            return Task.CompletedTask;
        }
    }

    public Task DeleteMembershipTableEntries(string clusterId)
    {
        lock (_lock)
        {
            _rows.Clear();
            return Task.CompletedTask;
        }
    }
}
