using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Publications.Web.Infrastructure;

/// <summary>Healthy when the list is loaded and the index answers a query over all of it.</summary>
internal sealed class CatalogHealthCheck(PublicationCatalog catalog) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var lease = catalog.Acquire();
        var snapshot = lease.Snapshot;
        var data = new Dictionary<string, object>
        {
            ["list"] = snapshot.ListPath,
            ["listUpdated"] = snapshot.ListUpdated,
            ["owner"] = snapshot.List.Owner,
            ["publications"] = snapshot.List.Count,
            ["years"] = snapshot.List.Years.Count,
        };
        try
        {
            // The index itself (not the answer cache) must see every publication.
            var all = snapshot.Index.CountIndexedDocuments();
            data["indexed"] = all;
            return Task.FromResult(all == snapshot.List.Count
                ? HealthCheckResult.Healthy("The list is loaded and the index answers.", data)
                : HealthCheckResult.Unhealthy($"The index holds {all} of {snapshot.List.Count} publications.", data: data));
        }
        catch (Exception e) when (e is ObjectDisposedException or InvalidOperationException or IOException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The index cannot answer.", e, data));
        }
    }
}
