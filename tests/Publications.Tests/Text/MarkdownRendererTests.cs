using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Publications.Text;

namespace Publications.Tests.Text;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    private IDocument Parse(string markdown) => new HtmlParser().ParseDocument(_renderer.Render(markdown));

    [Fact]
    public void Bold_letters_render_as_strong()
    {
        var document = Parse("**M**ulti-**S**cale");

        Assert.Equal(["M", "S"], document.QuerySelectorAll("strong").Select(e => e.TextContent));
        Assert.Equal("Multi-Scale", document.Body!.TextContent.Trim());
    }

    [Fact]
    public void Raw_html_is_shown_as_text()
    {
        var document = Parse("Hi <script>alert(1)</script> <b onclick=\"x()\">b</b>");

        Assert.Empty(document.QuerySelectorAll("script, b"));
        Assert.Contains("<script>alert(1)</script>", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x](&#106;avascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("![i](data:image/png;base64,AAAA)")]
    [InlineData("![i](https://a.example/i.png)")]
    [InlineData("[r]\n\n[r]: vbscript:msgbox(1)")]
    [InlineData("[x](data:text/html,<script>alert(1)</script>)")]
    [InlineData("[x](/relative/path) [y](//a.example/x) <mailto:a@b.example> <a@b.example>")]
    [InlineData("[x]( javascript:alert(1)) [y](\u0001javascript:alert(1))")]
    public void Only_http_and_https_targets_survive(string markdown)
    {
        var document = Parse(markdown + " and https://ok.example/x");

        Assert.Empty(document.QuerySelectorAll("img, script, iframe, object"));
        Assert.All(document.QuerySelectorAll("[href], [src]"), element =>
        {
            var target = element.GetAttribute("href") ?? element.GetAttribute("src") ?? "";
            Assert.Matches("^https?://", target);
        });
        Assert.Single(document.QuerySelectorAll("a[href]"));
    }

    [Fact]
    public void Unsafe_link_keeps_its_text()
    {
        var document = Parse("[click me](javascript:alert(1))");

        Assert.Empty(document.QuerySelectorAll("a"));
        Assert.Equal("click me", document.Body!.TextContent.Trim());
    }

    [Fact]
    public void Image_renders_as_its_alt_text()
    {
        var document = Parse("![a diagram](https://a.example/d.png)");

        Assert.Empty(document.QuerySelectorAll("img"));
        Assert.Equal("a diagram", document.Body!.TextContent.Trim());
    }

    [Fact]
    public void Generic_attributes_stay_text()
    {
        var document = Parse("[x](https://a.example/){onclick=alert(1)} *y*{onclick=alert(1)}");

        Assert.All(document.All, element => Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.Contains("{onclick=alert(1)}", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void External_links_get_noopener_noreferrer()
    {
        var document = Parse("[a](https://a.example/) <https://b.example/> https://c.example/ d:https://d.example/.");

        var links = document.QuerySelectorAll("a");
        Assert.Equal(["https://a.example/", "https://b.example/", "https://c.example/", "https://d.example/"], links.Select(a => a.GetAttribute("href")));
        Assert.All(links, a => Assert.Equal("noopener noreferrer", a.GetAttribute("rel")));
    }

    [Fact]
    public void Glued_url_becomes_a_link_with_the_extracted_href()
    {
        var text = SeedAbstracts.Containing("athttps://");

        var link = Assert.Single(Parse(text).QuerySelectorAll("a"));

        Assert.Equal("https://github.com/Xuekai-Zhu/pad", link.GetAttribute("href"));
        Assert.Equal("https://github.com/Xuekai-Zhu/pad", link.TextContent);
    }

    [Fact]
    public void Url_with_underscores_is_linked_whole()
    {
        var link = Assert.Single(Parse("See https://a.example/x_y_z.").QuerySelectorAll("a"));

        Assert.Equal("https://a.example/x_y_z", link.GetAttribute("href"));
    }

    [Fact]
    public void Shipped_abstracts_render_their_text_and_link_exactly_their_extracted_links()
    {
        Assert.All(SeedAbstracts.All, a =>
        {
            var derived = TextDeriver.Derive(a.Text);
            var document = Parse(a.Text);
            Assert.Equal(derived.PlainText, document.Body!.TextContent.Trim());
            Assert.Equal(derived.Links.Select(l => l.Href), document.QuerySelectorAll("a").Select(e => e.GetAttribute("href")));
        });
    }

    [Fact]
    public void Block_syntax_stays_text_in_one_paragraph()
    {
        var document = Parse("# Title - item 1. item > quote --- ```code```");

        Assert.Empty(document.QuerySelectorAll("h1, ul, ol, blockquote, hr, pre"));
        Assert.Single(document.QuerySelectorAll("p"));
    }

    [Fact]
    public void Deeply_nested_quotes_render_their_text()
    {
        var html = _renderer.Render(string.Concat(Enumerable.Repeat("> ", 128)) + "deep text");

        Assert.Contains("deep text", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Thousand_nested_list_levels_render_their_text()
    {
        var markdown = string.Join('\n', Enumerable.Range(0, 1_000).Select(i => new string(' ', i * 2) + "- level" + i));

        var text = new HtmlParser().ParseDocument(_renderer.Render(markdown)).Body!.TextContent;

        Assert.Contains("level0", text, StringComparison.Ordinal);
        Assert.Contains("level999", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Repeated_unclosed_links_render_as_escaped_text()
    {
        var markdown = string.Concat(Enumerable.Repeat("[a](b", 50_000));

        var document = Parse(markdown);

        Assert.Equal(markdown, document.Body!.TextContent.Trim());
        Assert.Empty(document.QuerySelectorAll("a"));
    }

    [Fact]
    public void Fallback_escapes_html_and_still_links_urls()
    {
        var document = new HtmlParser().ParseDocument(MarkdownRenderer.Fallback("<b>x</b> https://a.example/\"q"));

        Assert.Empty(document.QuerySelectorAll("b"));
        Assert.Equal("https://a.example/", Assert.Single(document.QuerySelectorAll("a")).GetAttribute("href"));
    }

    [Fact]
    public void Reference_definition_is_still_shown_as_text()
    {
        var document = Parse("[code]: https://a.example/code");

        Assert.Contains("https://a.example/code", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://a.example/code", Assert.Single(document.QuerySelectorAll("a")).GetAttribute("href"));
    }
}
