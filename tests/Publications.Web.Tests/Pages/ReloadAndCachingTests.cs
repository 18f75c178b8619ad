using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Publications.Web.Infrastructure;
using Publications.Web.Tests.Infrastructure;

namespace Publications.Web.Tests.Pages;

public sealed class ReloadAndCachingTests
{
    private const string OnePaper = "Owner\n\n2024\nWe propose Alpha, a method for zebra detection.\n";
    private const string TwoPapers = "Owner\n\n2024\nWe propose Alpha, a method for zebra detection.\nWe propose Beta, a method for giraffe detection.\n";

    [Fact]
    public async Task Edited_list_is_swapped_in_and_a_broken_edit_keeps_the_last_good_list()
    {
        using var factory = new WatchedListFactory(OnePaper);
        var client = factory.CreateClient();
        var catalog = factory.Services.GetRequiredService<PublicationCatalog>();
        Assert.Equal(1, await CountAsync(client));
        var (_, before) = await Html.GetAsync(client, "/");
        Assert.Single(before.QuerySelectorAll(".card"));

        var reloaded = NextEvent(h => catalog.Reloaded += h, h => catalog.Reloaded -= h);
        factory.Write(TwoPapers);
        await reloaded.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, await CountAsync(client));
        // The home page is cached on the server; a reload must never leave the old list's page in place.
        var (_, after) = await Html.GetAsync(client, "/");
        Assert.Equal(2, after.QuerySelectorAll(".card").Length);
        Assert.Contains("giraffe", await client.GetStringAsync(new Uri("/search?q=giraffe", UriKind.Relative)), StringComparison.Ordinal);

        var failed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        catalog.ReloadFailed += (_, problem) => failed.TrySetResult(problem);
        factory.Write("Owner\n\nStray text\n2024\nA paper.\n");
        var problem = await failed.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains(":3: text after the owner's name", problem, StringComparison.Ordinal);
        Assert.Equal(2, await CountAsync(client));
        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task A_kept_search_page_is_not_served_after_a_reload()
    {
        using var factory = new WatchedListFactory(OnePaper);
        var client = factory.CreateClient();
        var catalog = factory.Services.GetRequiredService<PublicationCatalog>();
        for (var i = 0; i < 3; i++)
        {
            await client.GetStringAsync(new Uri("/search?q=detection", UriKind.Relative));
        }
        using (var kept = await client.GetAsync(new Uri("/search?q=detection", UriKind.Relative)))
        {
            Assert.NotNull(kept.Headers.Age);
        }

        var reloaded = NextEvent(h => catalog.Reloaded += h, h => catalog.Reloaded -= h);
        factory.Write(TwoPapers);
        await reloaded.WaitAsync(TimeSpan.FromSeconds(30));
        var (response, page) = await Html.GetAsync(client, "/search?q=detection");

        Assert.Null(response.Headers.Age);
        Assert.Equal("2 publications match detection.", Html.Normalize(page.QuerySelector(".result-count")?.TextContent));
    }

    [Fact]
    public async Task Searches_during_reloads_never_fail()
    {
        using var factory = new WatchedListFactory(OnePaper);
        var client = factory.CreateClient();
        var catalog = factory.Services.GetRequiredService<PublicationCatalog>();
        var reloads = 0;
        catalog.Reloaded += (_, _) => Interlocked.Increment(ref reloads);

        using var stop = new CancellationTokenSource();
        var searching = Task.Run(async () =>
        {
            var statuses = new List<HttpStatusCode>();
            while (!stop.IsCancellationRequested)
            {
                using var response = await client.GetAsync(new Uri("/search?q=detection", UriKind.Relative));
                statuses.Add(response.StatusCode);
            }
            return statuses;
        });
        for (var i = 0; i < 4; i++)
        {
            var before = Volatile.Read(ref reloads);
            factory.Write(i % 2 == 0 ? TwoPapers : OnePaper);
            while (Volatile.Read(ref reloads) == before)
            {
                await Task.Delay(50);
            }
        }
        await stop.CancelAsync();
        var statuses = await searching;

        Assert.NotEmpty(statuses);
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/2024")]
    [InlineData("/search?q=zebra")]
    [InlineData("/feed.atom")]
    [InlineData("/api/publications")]
    public async Task Unchanged_content_answers_if_none_match_with_304(string url)
    {
        using var factory = new InlineListFactory(OnePaper);
        var client = factory.CreateClient();
        // Asked before, so that the conditional request meets a kept page where pages are kept.
        await client.GetByteArrayAsync(new Uri(url, UriKind.Relative));
        await client.GetByteArrayAsync(new Uri(url, UriKind.Relative));

        using var first = await client.GetAsync(new Uri(url, UriKind.Relative));
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(tag);
        using var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal("no-cache", first.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Static_files_have_fingerprinted_urls_and_revalidate_with_304()
    {
        // A published app serves these URLs with "max-age=31536000, immutable"; the build output used by
        // tests and `dotnet run` serves them with no-cache so that edits show at once.
        using var factory = new InlineListFactory(OnePaper);
        var client = factory.CreateClient();
        var (_, home) = await Html.GetAsync(client, "/");
        var css = home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        using var first = await client.GetAsync(new Uri(css, UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, css);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await client.SendAsync(request);

        Assert.Matches(@"^/css/site\.[a-z0-9]+\.css$", css);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Health_is_unhealthy_when_the_index_cannot_answer()
    {
        using var factory = new InlineListFactory(OnePaper);
        var client = factory.CreateClient();
        using (var healthy = await client.GetAsync(new Uri("/healthz", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
        }
        var catalog = factory.Services.GetRequiredService<PublicationCatalog>();

        catalog.Current.Index.Dispose();
        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Unhealthy", json.RootElement.GetProperty("status").GetString());
    }

    private static async Task<int> CountAsync(HttpClient client)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/publications", UriKind.Relative)));
        return json.RootElement.GetProperty("total").GetInt32();
    }

    private static Task NextEvent(Action<EventHandler> subscribe, Action<EventHandler> unsubscribe)
    {
        var raised = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Handler(object? sender, EventArgs e)
        {
            unsubscribe(Handler);
            raised.TrySetResult();
        }
        subscribe(Handler);
        return raised.Task;
    }

    private sealed class WatchedListFactory(string text) : InlineListFactory(text)
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Publications:WatchList"] = "true",
            ["Publications:ReloadDelayMilliseconds"] = "100",
        };
    }
}
