using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Hosting;

namespace Network.Silo.Cluster;

/// <summary>Ready when this process sees at least one active silo (itself, for a silo), so a load balancer never sends work to a process that cannot place a grain.</summary>
internal sealed class MembershipHealthCheck(IClusterMembershipService membership) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var view = membership.CurrentView;
        var active = view.ActiveSilos.Length;
        var self = membership.LocalSilo;
        if (self is not null && !view.ActiveSilos.Contains(self))
            return Task.FromResult(HealthCheckResult.Unhealthy($"Silo {self} is not active in membership version {view.Version}."));
        return Task.FromResult(active > 0
            ? HealthCheckResult.Healthy($"{active} active silos at membership version {view.Version}.")
            : HealthCheckResult.Unhealthy($"No active silo at membership version {view.Version}."));
    }
}
