using Publications.Search;

namespace Publications.Tests.Search;

public sealed class SnippetTests
{
    [Fact]
    public void Markup_in_an_abstract_comes_back_escaped_with_marks_around_matches()
    {
        using var index = TestIndexes.FromAbstracts(2024, "An attack <script>alert('x')</script> on language models & more.");
        var snippet = Assert.Single(index.Search("attack").Hits).SnippetHtml;
        Assert.Contains("&lt;script&gt;", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>attack</mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("&amp;", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Script_matched_by_the_query_is_escaped_inside_the_mark()
    {
        using var index = TestIndexes.FromAbstracts(2024, "Text with <script>alert(1)</script> inside.");
        var snippet = Assert.Single(index.Search("script").Hits).SnippetHtml;
        Assert.Contains("&lt;<mark>script</mark>&gt;", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Stemmed_match_marks_the_word_as_written()
    {
        using var index = TestIndexes.FromAbstracts(2024, "We improve the distillation of reasoning.");
        Assert.Contains("<mark>distillation</mark>", Assert.Single(index.Search("distill").Hits).SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Prefix_match_is_marked()
    {
        using var index = TestIndexes.FromAbstracts(2024, "A new benchmark for routing.");
        Assert.Contains("<mark>benchmark</mark>", Assert.Single(index.Search("bench*").Hits).SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Phrase_match_is_marked()
    {
        using var index = TestIndexes.FromAbstracts(2024, "Search trees and a tree search method.");
        var snippet = Assert.Single(index.Search("\"tree search\"").Hits).SnippetHtml;
        Assert.Contains("<mark>tree</mark> <mark>search</mark>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Excluded_words_are_not_marked()
    {
        using var index = TestIndexes.FromAbstracts(2024, "Cats and dogs.", "Cats and birds.");
        var snippet = Assert.Single(index.Search("cats -dogs").Hits).SnippetHtml;
        Assert.Equal("<mark>Cats</mark> and birds.", snippet);
    }

    [Fact]
    public void Match_beyond_fifty_kilobytes_is_still_marked()
    {
        var filler = string.Concat(Enumerable.Repeat("filler words here. ", 4_000));
        using var index = TestIndexes.FromAbstracts(2024, filler + "The needle is at the end.");
        Assert.Contains("<mark>needle</mark>", Assert.Single(index.Search("needle").Hits).SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_fragments_are_joined_by_an_ellipsis()
    {
        var filler = string.Concat(Enumerable.Repeat("filler words here. ", 40));
        using var index = TestIndexes.FromAbstracts(2024, "Alpha starts. " + filler + "Omega ends.");
        var snippet = Assert.Single(index.Search("alpha OR omega").Hits).SnippetHtml;
        Assert.Contains(" … ", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>Alpha</mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>Omega</mark>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_marked_word_the_snippet_is_the_encoded_start_cut_at_a_word()
    {
        var text = "Cats & <b>dogs</b> " + string.Concat(Enumerable.Repeat("lorem ipsum ", 40));
        using var index = TestIndexes.FromAbstracts(2024, text, "Something about birds.");
        var snippet = Assert.Single(index.Search("-birds").Hits).SnippetHtml;
        Assert.StartsWith("Cats &amp; &lt;b&gt;dogs&lt;/b&gt; lorem", snippet, StringComparison.Ordinal);
        Assert.EndsWith(" …", snippet, StringComparison.Ordinal);
        // Cut at a word boundary: what is shown is followed by a space in the text.
        Assert.StartsWith(System.Net.WebUtility.HtmlDecode(snippet[..^2]) + " ", text, StringComparison.Ordinal);
        Assert.True(snippet.Length < 260, snippet);
    }

    [Fact]
    public void Short_text_without_a_marked_word_is_shown_whole() =>
        Assert.Equal("Short &amp; sweet.", SnippetMaker.Start("Short & sweet."));

    [Fact]
    public void Characters_outside_the_basic_plane_survive_encoding()
    {
        using var index = TestIndexes.FromAbstracts(2024, "Emoji 😀 and the model’s math 𝒪(n) — fine.");
        var snippet = Assert.Single(index.Search("emoji").Hits).SnippetHtml;
        Assert.Equal("<mark>Emoji</mark> 😀 and the model’s math 𝒪(n) — fine.", System.Net.WebUtility.HtmlDecode(snippet));
        Assert.DoesNotContain("&#55357;", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Stop_word_after_a_phrase_does_not_stretch_the_fragment_to_the_end()
    {
        var filler = string.Concat(Enumerable.Repeat("more filler words here ", 60));
        using var index = TestIndexes.FromAbstracts(2024, filler + "we use tree search, a method " + filler);
        var snippet = Assert.Single(index.Search("\"tree search\"").Hits).SnippetHtml;
        Assert.Contains("<mark>tree</mark> <mark>search</mark>", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length < 2 * SearchLimits.FragmentLength, snippet);
    }

    [Fact]
    public void Fragments_read_in_text_order_and_a_mid_text_start_is_marked_with_an_ellipsis()
    {
        var filler = string.Concat(Enumerable.Repeat("Plain words that say nothing in particular here. ", 12));
        using var index = TestIndexes.FromAbstracts(2024, $"{filler}First we distill task-specific ability. {filler}Later the zebra arrives. {filler}");

        var snippet = Assert.Single(index.Search("distill zebra").Hits).SnippetHtml;

        Assert.StartsWith("… ", snippet, StringComparison.Ordinal);
        Assert.True(snippet.IndexOf("<mark>distill</mark>", StringComparison.Ordinal) < snippet.IndexOf("<mark>zebra</mark>", StringComparison.Ordinal), snippet);
        Assert.DoesNotContain("task … -specific", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Real_list_snippet_does_not_split_a_hyphenated_word_between_fragments()
    {
        using var index = RealListIndex();

        var pad = index.Search("distillation").Hits.Single(h => h.Publication.Abstract.Contains("(PaD)", StringComparison.Ordinal));

        Assert.DoesNotContain(" … -", pad.SnippetHtml, StringComparison.Ordinal);
        Assert.Contains("task-specific", pad.SnippetHtml, StringComparison.Ordinal);
    }

    private static PublicationIndex RealListIndex() => TestIndexes.RealList();
}
