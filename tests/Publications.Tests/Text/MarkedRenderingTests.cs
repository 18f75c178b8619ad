using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Publications.Search;
using Publications.Text;

namespace Publications.Tests.Text;

/// <summary>Marking a search's words in a rendered abstract (the paper page's <c>?q=</c>).</summary>
public sealed class MarkedRenderingTests : IDisposable
{
    private readonly MarkdownRenderer _renderer = new();
    private readonly PublicationIndex _index = Publications.Tests.Search.TestIndexes.FromAbstracts(2024, "Any text.");

    public void Dispose() => _index.Dispose();

    private IDocument Render(string markdown, string query) =>
        new HtmlParser().ParseDocument(_renderer.Render(markdown, _index.WordMatcher(query).Matches));

    private static List<string> Marked(IDocument document) => [.. document.QuerySelectorAll("mark").Select(m => m.TextContent)];

    [Fact]
    public void Distill_marks_distillation_and_distill_but_not_distinct()
    {
        var document = Render("We distill a distinct model by **distillation**.", "distill");

        Assert.Equal(["distill", "distillation"], Marked(document));
        Assert.Equal("We distill a distinct model by distillation.", document.Body!.TextContent.Trim());
        Assert.NotNull(document.QuerySelector("strong > mark"));
    }

    [Fact]
    public void Prefix_marks_every_word_it_starts()
    {
        var document = Render("Benchmarks and a bench, not a bend.", "bench*");

        Assert.Equal(["Benchmarks", "bench"], Marked(document));
    }

    [Fact]
    public void Words_in_urls_are_not_marked_and_hrefs_stay_intact()
    {
        const string Url = "https://github.com/Xuekai-Zhu/pad";
        var document = Render($"PaD is available at{Url}. PaD distills [the pad repo]({Url}/pad).", "pad");

        Assert.Equal(["PaD", "PaD"], Marked(document));
        Assert.Equal([Url, Url + "/pad"], document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Empty(document.QuerySelectorAll("a mark"));
    }

    [Fact]
    public void Script_in_the_abstract_stays_escaped_even_when_marked()
    {
        var html = _renderer.Render("A <script>alert(1)</script> script here.", _index.WordMatcher("script").Matches);
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Equal(["script", "script", "script"], Marked(document));
        Assert.Contains("&lt;<mark>script</mark>&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Excluded_words_are_not_marked()
    {
        var document = Render("Diffusion for vision.", "diffusion -vision");

        Assert.Equal(["Diffusion"], Marked(document));
    }

    [Fact]
    public void Null_marker_renders_exactly_as_before()
    {
        const string Markdown = "**M**ulti-**S**cale at https://a.example/x.";

        Assert.Equal(_renderer.Render(Markdown), _renderer.Render(Markdown, null));
    }

    [Fact]
    public void Pathological_text_falls_back_to_escaped_text_with_marks()
    {
        var text = string.Concat(Enumerable.Repeat("[a](b ", 600)) + "<b>distillation</b> https://a.example/distillation";
        var document = new HtmlParser().ParseDocument(_renderer.Render(text, _index.WordMatcher("distill").Matches));

        Assert.Equal(["distillation"], Marked(document));
        Assert.Empty(document.QuerySelectorAll("b"));
        Assert.Equal("https://a.example/distillation", document.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Glued_sentences_mark_the_word_before_the_full_stop()
    {
        var document = Render("prone to hallucination.We investigate", "hallucination");

        Assert.Equal(["hallucination"], Marked(document));
    }
}
