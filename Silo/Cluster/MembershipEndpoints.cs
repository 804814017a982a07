using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;

namespace Network.Silo.Cluster;

public static class MembershipEndpoints
{
    /// <summary>
    /// GET /health/membership: the membership table as this process last read it (every silo, its status, its last
    /// IAmAlive and who suspects it), or {"mode":"embedded"} for a single in-process silo.
    /// </summary>
    public static IEndpointRouteBuilder MapMembership(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health/membership", (IServiceProvider services) =>
        {
            if (services.GetService<IClusterMembershipService>() is not { } membership)
                return Results.Json(new { mode = "embedded" });
            var view = membership.CurrentView;
            return Results.Json(new
            {
                mode = membership.LocalSilo is null ? "client" : "silo",
                self = membership.LocalSilo?.ToString(),
                activations = services.GetService<SiloStatistics>()?.ActivationCount,
                version = view.Version,
                active = view.ActiveSilos.Select(s => s.ToString()),
                members = view.Members.Select(m => new
                {
                    silo = m.Silo.ToString(),
                    name = m.SiloName,
                    host = m.HostName,
                    status = m.Status.ToString(),
                    startTime = m.StartTime,
                    iAmAliveTime = m.IAmAliveTime,
                    suspectedBy = m.SuspectTimes.Select(v => new { voter = v.Voter.ToString(), time = v.Time }),
                }),
            });
        });
        return endpoints;
    }
}
