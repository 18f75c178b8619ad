using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Publications.Web.Tests.Infrastructure;

namespace Publications.Web.Tests.Pages;

public sealed class RateLimitingTests
{
    [Fact]
    public async Task A_burst_from_one_client_gets_429_with_retry_after_and_a_friendly_page_while_others_are_served()
    {
        using var factory = new LimitedFactory(enabled: true);
        _ = factory.CreateClient();

        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await SearchAsync(factory.Server, "10.0.0.1")).Response.StatusCode);
        }
        var rejected = await SearchAsync(factory.Server, "10.0.0.1");
        var other = await SearchAsync(factory.Server, "10.0.0.2");
        var home = await SearchAsync(factory.Server, "10.0.0.1", "/");

        // The third answer was the first kept by the output cache, so the fourth was refused before the cache could answer it.
        Assert.Equal([200, 200, 200, 429], statuses);
        Assert.Equal(StatusCodes.Status429TooManyRequests, rejected.Response.StatusCode);
        Assert.True(int.Parse(rejected.Response.Headers.RetryAfter.ToString(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        var page = await Html.ParseAsync(await new StreamReader(rejected.Response.Body).ReadToEndAsync());
        Assert.Equal("Too many requests", page.TextOf("h1"));
        Assert.Equal(StatusCodes.Status200OK, other.Response.StatusCode);
        Assert.Equal(StatusCodes.Status200OK, home.Response.StatusCode);
    }

    [Fact]
    public async Task Limiter_can_be_turned_off_in_configuration()
    {
        using var factory = new LimitedFactory(enabled: false);
        _ = factory.CreateClient();

        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(StatusCodes.Status200OK, (await SearchAsync(factory.Server, "10.0.0.1")).Response.StatusCode);
        }
    }

    private static Task<HttpContext> SearchAsync(TestServer server, string address, string path = "/search") =>
        server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Get;
            context.Request.Path = path;
            context.Request.QueryString = new QueryString("?q=model");
            context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        });

    private sealed class LimitedFactory(bool enabled) : PublicationsFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Publications:RateLimiting:Enabled"] = enabled ? "true" : "false",
            ["Publications:RateLimiting:PermitLimit"] = "3",
            ["Publications:RateLimiting:WindowSeconds"] = "60",
        };
    }
}
