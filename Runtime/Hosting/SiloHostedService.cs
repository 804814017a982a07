using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Runtime;

namespace Orleans.Hosting;

/// <summary>Runs the idle-activation collector and, on shutdown, deactivates every activation gracefully.</summary>
internal sealed class SiloHostedService(Catalog catalog, IOptions<SiloOptions> options, ILogger<SiloHostedService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CollectionQuantum);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var collected = catalog.CollectIdle();
                if (collected > 0) logger.LogDebug("Collected {Count} idle activations.", collected);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        logger.LogInformation("Deactivating {Count} activations.", catalog.Count);
        await catalog.DeactivateAllAsync(new DeactivationReason(DeactivationReasonCode.ShuttingDown, "The silo is shutting down."), cancellationToken);
    }
}
