using System.Net;

namespace Publications.Web.Tests.Infrastructure;

/// <summary>The bodies of several answers, for comparing what two ways of running the app serve.</summary>
internal static class HttpAnswers
{
    /// <summary>Asks <paramref name="client"/> for each of <paramref name="urls"/> in turn; every answer must be 200 OK.</summary>
    public static async Task<string[]> OfAsync(HttpClient client, IEnumerable<string> urls)
    {
        var answers = new List<string>();
        foreach (var url in urls)
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            answers.Add(await response.Content.ReadAsStringAsync());
        }
        return [.. answers];
    }
}
