using System.Text.Json;
using Publications.Model;

namespace Publications.Web.Infrastructure;

/// <summary>schema.org JSON-LD for a publication's page.</summary>
public static class ScholarlyArticle
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    /// <summary>
    /// The JSON-LD object. The default encoder escapes &lt;, &gt; and &amp; as \u003C etc., so the text can sit
    /// inside a &lt;script type="application/ld+json"&gt; block whatever the abstract holds.
    /// </summary>
    public static string Json(Publication publication, string owner, string url)
    {
        ArgumentNullException.ThrowIfNull(publication);
        var data = new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ScholarlyArticle",
            ["headline"] = publication.Headline,
            ["abstract"] = publication.PlainText,
            ["datePublished"] = publication.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["author"] = new Dictionary<string, string> { ["@type"] = "Person", ["name"] = owner },
            ["url"] = url,
            ["mainEntityOfPage"] = url,
        };
        return JsonSerializer.Serialize(data, Options);
    }
}
