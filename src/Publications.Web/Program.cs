using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Publications.Parsing;
using Publications.Text;
using Publications.Web.Api;
using Publications.Web.Discovery;
using Publications.Web.Infrastructure;

if (IndexerProcess.IsInvocation(args))
{
    // Started by the server to build an index folder (see IndexerProcess): no web host, no configuration.
    return IndexerProcess.Run(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot.ForPublishedApp(args) });
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
// Serve wwwroot from the build output's static-asset manifest in every environment, so the app runs from any folder.
builder.WebHost.UseStaticWebAssets();
// Emit non-ASCII text (names, ×, —, non-Latin abstracts) as characters, not numeric entities; HTML-significant characters are still escaped.
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddOptions<PublicationsOptions>().BindConfiguration(PublicationsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddOptions<SearchGateOptions>().BindConfiguration(SearchGateOptions.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddSingleton<SearchGate>();
builder.Services.AddSingleton<PublicationCatalog>();
builder.Services.AddSingleton<MarkdownRenderer>();
builder.Services.AddSingleton<SiteUrls>();
builder.Services.AddSingleton(SitemapSize.Protocol);
builder.Services.AddRazorPages();
builder.Services.AddSearchRateLimiting();
builder.Services.AddPageCaching();
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();
builder.Services.AddHealthChecks().AddCheck<CatalogHealthCheck>("catalog");
builder.Services.AddResponseCompression(compression =>
{
    // Pages hold no secrets and no reflected tokens, so compressing over HTTPS is safe here (no BREACH target).
    compression.EnableForHttps = true;
    compression.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/atom+xml", "application/opensearchdescription+xml", "image/svg+xml"]);
});
builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
builder.Services.Configure<RouteOptions>(routes => routes.LowercaseUrls = true);

var app = builder.Build();

// Load the list while the server starts (each takes about a second on a large list's restart): a request that
// comes in first waits for the catalog, for a few seconds at most (StartupGate). A broken list stops start-up with
// one line on stderr and exit code 1.
var loading = Task.Run(() =>
{
    _ = app.Services.GetRequiredService<IOptions<RateLimitingOptions>>().Value;
    return app.Services.GetRequiredService<PublicationCatalog>();
});

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
    app.UseHsts();
}
app.UseResponseCompression();
app.UseSecurityHeaders();
app.UseMiddleware<StartupGate>(loading, StartupGate.Patience);
app.UseStatusCodePagesWithReExecute("/status/{0}");
app.UseRouting();
app.UseRateLimiter();
// The output cache outside the ETag middleware: a cached page keeps the ETag computed when it was rendered,
// and the cache answers If-None-Match itself, so no cached page is hashed again.
app.UseOutputCache();
app.UseMiddleware<ETags>();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapPublicationsApi();
app.MapOpenApi();
app.MapFeeds();
app.MapDiscovery();
app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync });

await app.StartAsync();
try
{
    await loading;
}
catch (Exception e) when (e is ListLoadException or OptionsValidationException)
{
    await Console.Error.WriteLineAsync($"Publications cannot start: {e.Message}");
    await app.StopAsync();
    return 1;
}
catch (OperationCanceledException e)
{
    // Stopped while the indexer process built the index (Ctrl+C, or a service manager stopping the app).
    await Console.Error.WriteLineAsync($"Publications stopped before it started: {e.Message}");
    await app.StopAsync();
    return 130;
}
app.EvictOnReload();
await app.WaitForShutdownAsync();
return 0;

/// <summary>The app's entry point; public so that WebApplicationFactory can find it.</summary>
public partial class Program;
