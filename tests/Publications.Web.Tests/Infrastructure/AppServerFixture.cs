namespace Publications.Web.Tests.Infrastructure;

/// <summary>The real app on a real Kestrel loopback port, serving the shipped list, for one test class.</summary>
public sealed class AppServerFixture : IAsyncLifetime
{
    private AppProcess? _app;

    public Uri BaseAddress => _app?.BaseAddress ?? throw new InvalidOperationException("The app has not started.");

    public async Task InitializeAsync() =>
        _app = await AppProcess.StartAsync(PublicationsFactory.ShippedListPath, TimeSpan.FromMinutes(1));

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
