using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Publications.Web.Tests.Infrastructure;

/// <summary>Fetches pages and parses them with AngleSharp, so tests assert structure rather than substrings.</summary>
public static class Html
{
    private static readonly IBrowsingContext Context = BrowsingContext.New(Configuration.Default);

    /// <summary>GETs <paramref name="url"/> and returns the response and its parsed document.</summary>
    public static async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetAsync(HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        return (response, await ParseAsync(html));
    }

    /// <summary>Parses an HTML string.</summary>
    public static async Task<IHtmlDocument> ParseAsync(string html)
    {
        var document = await Context.OpenAsync(request => request.Content(html));
        return (IHtmlDocument)document;
    }

    /// <summary>Collapses runs of whitespace to one space and trims: compares text regardless of markup layout.</summary>
    public static string Normalize(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The text of the first element matching <paramref name="selector"/>, normalized; fails when none.</summary>
    public static string TextOf(this IParentNode node, string selector)
    {
        var element = node.QuerySelector(selector);
        Assert.True(element is not null, $"No element matches '{selector}'.");
        return Normalize(element.TextContent);
    }
}
