using System.Collections.Immutable;
using Orleans.Runtime;

namespace Orleans.Membership;

/// <summary>The membership table as one process last read it.</summary>
public sealed record MembershipView(int Version, ImmutableArray<MembershipEntry> Members)
{
    public static MembershipView Empty { get; } = new(0, []);

    /// <summary>The view of what <see cref="IMembershipTable.ReadAll"/> returned.</summary>
    public static MembershipView From(MembershipTableData data) =>
        new(data.Version.Version, data.Entries.Select(r => r.Entry).ToImmutableArray());

    /// <summary>Silos whose status is Active, in address order: the ones placement may use.</summary>
    public ImmutableArray<SiloAddress> ActiveSilos { get; } = Members
        .Where(m => m.Status == SiloStatus.Active)
        .Select(m => m.Silo)
        .OrderBy(s => s.ToString(), StringComparer.Ordinal)
        .ToImmutableArray();

    public SiloStatus StatusOf(SiloAddress silo)
    {
        foreach (var m in Members)
            if (m.Silo.Equals(silo)) return m.Status;
        return SiloStatus.None;
    }

    /// <summary>Whether the silos' statuses differ from <paramref name="other"/>'s (votes and IAmAlive times aside).</summary>
    public bool SameStatuses(MembershipView other) =>
        Members.Length == other.Members.Length && Members.All(m => other.StatusOf(m.Silo) == m.Status);
}

/// <summary>Raises a view to its subscribers: one that fails is logged and skipped, so it cannot stop the others, nor the reads (nor, in a silo, the check for its own death).</summary>
internal static class ViewSubscribers
{
    public static void Raise(Action<MembershipView>? handlers, MembershipView view, Microsoft.Extensions.Logging.ILogger logger)
    {
        foreach (var handler in handlers?.GetInvocationList() ?? [])
        {
            try
            {
                ((Action<MembershipView>)handler)(view);
            }
            catch (Exception e)
            {
                Microsoft.Extensions.Logging.LoggerExtensions.LogError(logger, e, "A membership view subscriber failed on view {Version}.", view.Version);
            }
        }
    }
}

/// <summary>Carries membership probes and gossip: the silo's own TCP messaging, in a silo.</summary>
public interface IMembershipTransport
{
    /// <summary>True when <paramref name="target"/> answered in time; false is a missed probe.</summary>
    Task<bool> ProbeAsync(SiloAddress target, TimeSpan timeout, CancellationToken cancellationToken);

    /// <summary>Tells <paramref name="target"/> to re-read the table; fire and forget.</summary>
    void NotifyMembershipChanged(SiloAddress target);
}
