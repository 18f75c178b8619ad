using Publications.Model;
using Publications.Text;

namespace Publications.Tests.Text;

public sealed class LinkExtractorTests
{
    [Fact]
    public void Mars2_links_include_its_repository()
    {
        var links = TextDeriver.Derive(SeedAbstracts.Containing("MARS2")).Links;

        var link = Assert.Single(links);
        Assert.Equal(new PublicationLink("https://github.com/TsinghuaC3I/MARTI", LinkKind.Code, "Code · TsinghuaC3I/MARTI"), link);
    }

    [Fact]
    public void Glued_url_is_extracted_without_trailing_period()
    {
        var links = TextDeriver.Derive(SeedAbstracts.Containing("athttps://")).Links;

        var link = Assert.Single(links);
        Assert.Equal("https://github.com/Xuekai-Zhu/pad", link.Href);
        Assert.Equal("Code · Xuekai-Zhu/pad", link.Label);
    }

    [Fact]
    public void Git_suffix_stays_in_the_href_and_leaves_the_label()
    {
        var links = TextDeriver.Derive(SeedAbstracts.Containing("Graph Counselor")).Links;

        var link = Assert.Single(links);
        Assert.Equal(new PublicationLink("https://github.com/gjq100/Graph-Counselor.git", LinkKind.Code, "Code · gjq100/Graph-Counselor"), link);
    }

    [Fact]
    public void Nirvana_gives_its_hugging_face_collection_and_its_repository_in_order()
    {
        var links = TextDeriver.Derive(SeedAbstracts.Containing("Nirvana")).Links;

        Assert.Equal(
            [
                new PublicationLink("https://huggingface.co/collections/YuhuaJiang/nirvana", LinkKind.Collection, "Collection · YuhuaJiang/nirvana"),
                new PublicationLink("https://github.com/YuhuaJiang2002/Nirvana", LinkKind.Code, "Code · YuhuaJiang2002/Nirvana"),
            ],
            links);
    }

    [Fact]
    public void Released_at_github_without_a_url_gives_no_link()
    {
        Assert.Empty(TextDeriver.Derive(SeedAbstracts.Containing("ReviewRL")).Links);
    }

    [Theory]
    [InlineData("https://huggingface.co/org/model-7b", LinkKind.Model, "Model · org/model-7b")]
    [InlineData("https://huggingface.co/datasets/org/data", LinkKind.Dataset, "Dataset · org/data")]
    [InlineData("https://huggingface.co/spaces/org/demo", LinkKind.Space, "Space · org/demo")]
    [InlineData("https://huggingface.co/collections/org/set", LinkKind.Collection, "Collection · org/set")]
    [InlineData("https://huggingface.co/docs/transformers", LinkKind.Web, "huggingface.co")]
    [InlineData("https://arxiv.org/abs/2401.01234", LinkKind.Paper, "arXiv · 2401.01234")]
    [InlineData("https://arxiv.org/pdf/2401.01234.pdf", LinkKind.Paper, "arXiv · 2401.01234")]
    [InlineData("https://www.github.com/owner", LinkKind.Web, "GitHub · owner")]
    [InlineData("http://www.example.org/page?x=1", LinkKind.Web, "example.org")]
    public void Links_are_classified_and_labelled(string href, LinkKind kind, string label)
    {
        var link = Assert.Single(LinkExtractor.Extract($"See {href}."));

        Assert.Equal(new PublicationLink(href, kind, label), link);
    }

    [Theory]
    [InlineData("(see https://a.example/x)", "https://a.example/x")]
    [InlineData("at https://en.wikipedia.org/wiki/Rust_(language)).", "https://en.wikipedia.org/wiki/Rust_(language)")]
    [InlineData("at https://a.example/x?!;:,", "https://a.example/x")]
    [InlineData("“https://a.example/x”", "https://a.example/x")]
    [InlineData("**https://a.example/x**", "https://a.example/x")]
    [InlineData("[code](https://a.example/code \"title\")", "https://a.example/code")]
    [InlineData("<HTTPS://a.example/x>", "HTTPS://a.example/x")]
    public void Trailing_punctuation_and_markup_are_stripped(string text, string href)
    {
        Assert.Equal(href, Assert.Single(LinkExtractor.Extract(text)).Href);
    }

    [Fact]
    public void Links_are_in_order_and_deduplicated()
    {
        var links = LinkExtractor.Extract("b https://b.example a https://a.example/ again https://b.example.");

        Assert.Equal(["https://b.example", "https://a.example/"], links.Select(l => l.Href));
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](data:text/html,<script>alert(1)</script>)")]
    [InlineData("[r]: vbscript:msgbox")]
    [InlineData("ftp://files.example/x mailto:a@b.example")]
    [InlineData("https:// nothing here, http://")]
    public void Only_http_and_https_urls_are_links(string text)
    {
        Assert.Empty(LinkExtractor.Extract(text));
    }

    [Fact]
    public void Url_followed_by_a_flood_of_closing_parentheses_keeps_only_the_url()
    {
        var text = "https://a.example/x" + new string(')', 200_000);

        Assert.Equal("https://a.example/x", Assert.Single(LinkExtractor.Extract(text)).Href);
    }
}
