using Microsoft.AspNetCore.Http;
using Publications.Web.Infrastructure;

namespace Publications.Web.Tests.Server;

/// <summary>Requests that come in while the list is still loading (<see cref="StartupGate"/>).</summary>
public sealed class StartupGateTests
{
    private static readonly TimeSpan Forever = TimeSpan.FromHours(1);

    private static DefaultHttpContext Request(string path, string query = "", string method = "GET")
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Path = path;
        context.Request.QueryString = new QueryString(query);
        context.Response.Body = new MemoryStream();
        return context;
    }

    private static string Body(HttpContext context) =>
        System.Text.Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray());

    /// <summary>Runs the gate over <paramref name="context"/>; true when it passed the request on.</summary>
    private static async Task<bool> PassesAsync(Task loading, TimeSpan patience, HttpContext context)
    {
        var passed = false;
        var gate = new StartupGate(_ => { passed = true; return Task.CompletedTask; }, loading, patience);
        var run = gate.InvokeAsync(context);
        // No test here may wait for its patience when it should not: a hung gate fails instead of hanging the run.
        Assert.Same(run, await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30))));
        await run;
        return passed;
    }

    [Fact]
    public async Task A_loaded_list_lets_every_request_through()
    {
        var context = Request("/2024");

        Assert.True(await PassesAsync(Task.CompletedTask, Forever, context));
        Assert.Equal(200, context.Response.StatusCode);
    }

    [Fact]
    public async Task A_request_waits_for_a_load_that_ends_within_its_patience()
    {
        var loading = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var context = Request("/");
        var gate = new StartupGate(_ => Task.CompletedTask, loading.Task, Forever);

        var run = gate.InvokeAsync(context);
        await Task.Delay(50);
        Assert.False(run.IsCompleted);
        loading.SetResult();
        await run;

        Assert.Equal(200, context.Response.StatusCode);
    }

    [Fact]
    public async Task Past_its_patience_a_page_says_the_site_is_starting_and_offers_the_same_address_again()
    {
        var context = Request("/search", "?q=%3Cscript%3E&page=2");

        Assert.False(await PassesAsync(new TaskCompletionSource().Task, TimeSpan.FromMilliseconds(50), context));

        Assert.Equal(503, context.Response.StatusCode);
        Assert.Equal("5", context.Response.Headers.RetryAfter);
        Assert.Equal("no-store", context.Response.Headers.CacheControl);
        Assert.StartsWith("text/html", context.Response.ContentType, StringComparison.Ordinal);
        var page = Body(context);
        Assert.Contains("<h1>Publications is starting</h1>", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/search?q=%3Cscript%3E&amp;page=2\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_health_probe_does_not_wait_out_a_pages_patience()
    {
        // With a page's patience of an hour, only the probe's own cap can answer it (PassesAsync fails a hung gate).
        var context = Request("/healthz");

        Assert.False(await PassesAsync(new TaskCompletionSource().Task, Forever, context));

        Assert.Equal(503, context.Response.StatusCode);
        Assert.StartsWith("text/plain", context.Response.ContentType, StringComparison.Ordinal);
        Assert.Contains("Starting", Body(context), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_load_answers_503_without_waiting()
    {
        var context = Request("/");

        Assert.False(await PassesAsync(Task.FromException(new InvalidOperationException("broken list")), Forever, context));

        Assert.Equal(503, context.Response.StatusCode);
    }

    [Theory]
    [InlineData("/css/site.css")]
    [InlineData("/js/search.js")]
    public async Task Stylesheets_and_scripts_never_wait(string path)
    {
        Assert.True(await PassesAsync(new TaskCompletionSource().Task, Forever, Request(path)));
    }

    [Fact]
    public async Task A_head_request_gets_the_status_without_a_body()
    {
        var context = Request("/", method: "HEAD");

        Assert.False(await PassesAsync(new TaskCompletionSource().Task, TimeSpan.FromMilliseconds(10), context));

        Assert.Equal(503, context.Response.StatusCode);
        Assert.Empty(Body(context));
    }
}
