using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Publications.Web.Infrastructure;
using Publications.Web.Tests.Infrastructure;

namespace Publications.Web.Tests.Pages;

/// <summary>
/// The search gate: new searches take turns (one here), a full queue is turned away with a helpful 503, and pages
/// and cached answers never wait behind searches. The test holds the only turn itself, so nothing depends on timing.
/// </summary>
public sealed class SearchGateTests
{
    [Fact]
    public async Task With_every_turn_taken_and_no_room_to_wait_a_new_search_gets_a_friendly_503_while_pages_and_cached_answers_are_served()
    {
        using var factory = new SettingsFactory(Gated(maxWaiting: 0));
        var client = factory.CreateClient();
        var gate = factory.Services.GetRequiredService<SearchGate>();
        var (cachedBefore, _) = await Html.GetAsync(client, "/search?q=reasoning");

        using (var turn = await gate.EnterAsync(CancellationToken.None))
        {
            Assert.True(turn.IsAcquired);
            var (busy, page) = await Html.GetAsync(client, "/search?q=diffusion+model");
            var (cached, cachedPage) = await Html.GetAsync(client, "/search?q=reasoning");
            var year = await client.GetAsync(new Uri("/2025", UriKind.Relative));
            var api = await client.GetAsync(new Uri("/api/search?q=diffusion+model", UriKind.Relative));
            var feed = await client.GetAsync(new Uri("/search.atom?q=diffusion+model", UriKind.Relative));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(1), busy.Headers.RetryAfter?.Delta);
            Assert.Equal("Search is busy", page.TextOf("h1"));
            // The way back is the same search, one click away.
            Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/search?q=diffusion+model");
            Assert.Equal(HttpStatusCode.OK, cachedBefore.StatusCode);
            Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
            Assert.NotEmpty(cachedPage.QuerySelectorAll(".result"));
            Assert.Equal(HttpStatusCode.OK, year.StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(1), api.Headers.RetryAfter?.Delta);
            using var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
            Assert.Equal("Search is busy", problem.RootElement.GetProperty("title").GetString());
            Assert.Equal(HttpStatusCode.ServiceUnavailable, feed.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(1), feed.Headers.RetryAfter?.Delta);
        }

        var (after, afterPage) = await Html.GetAsync(client, "/search?q=diffusion+model");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEmpty(afterPage.QuerySelectorAll(".result"));
    }

    [Fact]
    public async Task New_searches_wait_their_turn_up_to_the_queue_limit_and_all_are_answered_once_the_turn_is_free()
    {
        using var factory = new SettingsFactory(Gated(maxWaiting: 2));
        var client = factory.CreateClient();
        var gate = factory.Services.GetRequiredService<SearchGate>();

        Task<HttpResponseMessage> first, second;
        using (await gate.EnterAsync(CancellationToken.None))
        {
            first = client.GetAsync(new Uri("/search?q=diffusion", UriKind.Relative));
            await WaitUntil(() => gate.Waiting == 1);
            second = client.GetAsync(new Uri("/search?q=hallucination", UriKind.Relative));
            await WaitUntil(() => gate.Waiting == 2);
            var third = await client.GetAsync(new Uri("/search?q=alignment", UriKind.Relative));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, third.StatusCode);
            Assert.False(first.IsCompleted);
            Assert.False(second.IsCompleted);
        }

        Assert.Equal(HttpStatusCode.OK, (await first).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second).StatusCode);
        Assert.Equal(0, gate.Waiting);
    }

    [Fact]
    public async Task A_waiting_search_whose_client_leaves_gives_up_its_place()
    {
        using var factory = new SettingsFactory(Gated(maxWaiting: 1));
        var client = factory.CreateClient();
        var gate = factory.Services.GetRequiredService<SearchGate>();

        using (await gate.EnterAsync(CancellationToken.None))
        {
            using var leaving = new CancellationTokenSource();
            var abandoned = client.GetAsync(new Uri("/search?q=diffusion", UriKind.Relative), leaving.Token);
            await WaitUntil(() => gate.Waiting == 1);
            await leaving.CancelAsync();
            // The server's side first: were it to ignore the client leaving, this fails rather than hangs.
            await WaitUntil(() => gate.Waiting == 0);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);

            // Its place is free again: another search may wait in it rather than being turned away.
            var next = client.GetAsync(new Uri("/search?q=hallucination", UriKind.Relative));
            await WaitUntil(() => gate.Waiting == 1);
            Assert.False(next.IsCompleted);
        }
    }

    [Fact]
    public async Task The_gate_is_off_by_default_and_every_search_runs_at_once()
    {
        using var factory = new PublicationsFactory();
        var client = factory.CreateClient();
        var gate = factory.Services.GetRequiredService<SearchGate>();

        var searches = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => client.GetAsync(new Uri($"/search?q=model+{i}", UriKind.Relative))));

        Assert.False(gate.IsOn);
        Assert.Null(gate.MaxRunning);
        Assert.All(searches, s => Assert.Equal(HttpStatusCode.OK, s.StatusCode));
    }

    [Theory]
    [InlineData("Publications:Search:MaxRunning", "0")]
    [InlineData("Publications:Search:MaxWaiting", "-1")]
    public void Nonsense_limits_stop_the_app_at_start(string key, string value)
    {
        using var factory = new SettingsFactory(new Dictionary<string, string?> { [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains(key.Split(':')[^1], Flatten(error), StringComparison.Ordinal);
    }

    private static string Flatten(Exception error) =>
        error is AggregateException aggregate ? string.Join(" ", aggregate.InnerExceptions.Select(Flatten)) : error.Message + " " + (error.InnerException is { } inner ? Flatten(inner) : "");

    private static async Task WaitUntil(Func<bool> condition)
    {
        // Polls a state change the request causes on the server; the deadline only turns a hang into a failure.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The server never reached the expected state.");
            await Task.Delay(10);
        }
    }

    /// <summary>The gate on with one turn, and room for <paramref name="maxWaiting"/> searches to wait.</summary>
    private static Dictionary<string, string?> Gated(int maxWaiting) => new()
    {
        ["Publications:Search:MaxRunning"] = "1",
        ["Publications:Search:MaxWaiting"] = maxWaiting.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private sealed class SettingsFactory(IReadOnlyDictionary<string, string?> settings) : PublicationsFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => settings;
    }
}
