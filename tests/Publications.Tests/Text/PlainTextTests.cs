using Publications.Text;

namespace Publications.Tests.Text;

public sealed class PlainTextTests
{
    [Fact]
    public void Bold_letters_join_their_word()
    {
        Assert.Equal("Multi-Scale Insight Agent", PlainTextRenderer.Render("**M**ulti-**S**cale **I**nsight Agent"));
    }

    [Fact]
    public void Shipped_abstracts_lose_only_their_emphasis_marks()
    {
        // The shipped list uses Markdown only for emphasis, so the plain text is the abstract minus the asterisks.
        Assert.All(SeedAbstracts.All, a => Assert.Equal(a.Text.Replace("*", "", StringComparison.Ordinal), TextDeriver.Derive(a.Text).PlainText));
    }

    [Theory]
    [InlineData("See [our code](https://a.example/x) now.", "See our code now.")]
    [InlineData("Bare https://a.example/x_y_z stays.", "Bare https://a.example/x_y_z stays.")]
    [InlineData("Auto <https://a.example/x> link.", "Auto https://a.example/x link.")]
    [InlineData("An ![diagram](https://a.example/d.png) here.", "An diagram here.")]
    [InlineData("Raw <script>alert(1)</script> html.", "Raw <script>alert(1)</script> html.")]
    [InlineData("Code `x < y` and &amp; entity.", "Code x < y and & entity.")]
    [InlineData("# Not a heading, 1. not a list", "# Not a heading, 1. not a list")]
    [InlineData("[r]: https://a.example/ref", "r https://a.example/ref")]
    public void Markup_goes_and_every_word_stays(string markdown, string expected)
    {
        Assert.Equal(expected, PlainTextRenderer.Render(markdown));
    }

    [Fact]
    public void Text_without_markdown_is_its_own_plain_text_as_markdig_reads_it()
    {
        // Every piece but the controls that PlainTextRenderer sends to Markdig: block markers at the start, runs of
        // spaces and tabs, Unicode spaces and separators, lone closing brackets and bangs, and punctuation Markdig's
        // optional extensions would read (none is on). Were the shortcut to take a text Markdig reads as anything
        // but its trimmed self, this would find it.
        string[] pieces =
        [
            "word", "Multi-Scale", "LLM’s", "naïve", "数据", "🙂", "3.5×", "https://github.com/a/b.git", "www.example.org",
            " ", "  ", "\t", "\u00A0", "\u2028", "\u3000", "\u200B",
            "#", "# ", "> ", "- ", "+ ", "1. ", "2) ", "    ", "---", "===", "```", "~~~", "~~x~~", "| a | b |", ":smile:",
            "]", "!", "(", ")", "{#id}", "{.class}", "\"", "'", "=", "^", "$", "%", "@", "/", "a:b", "--", "...", ">",
        ];
        var random = new Random(20261202);
        for (var i = 0; i < 5_000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 14)).Select(_ => pieces[random.Next(pieces.Length)]));

            Assert.Equal(PlainTextRenderer.RenderWithMarkdig(text), PlainTextRenderer.Render(text));
        }
    }

    [Fact]
    public void Abstract_without_markdown_is_kept_as_the_same_string()
    {
        var text = "Plain words, (with) asides! and a link https://github.com/a/b — nothing for Markdown.";

        Assert.Same(text, PlainTextRenderer.Render(text));
    }

    [Theory]
    [InlineData("a\\!b")]
    [InlineData("a `b`")]
    [InlineData("a *b*")]
    [InlineData("a _b_")]
    [InlineData("[a](b)")]
    [InlineData("<https://a.example>")]
    [InlineData("&amp;")]
    [InlineData("a\u0000b")]
    [InlineData("a\nb")]
    public void Text_with_a_markdown_character_still_goes_through_markdig(string text)
    {
        // Each of these reads differently through Markdig, or could: the shortcut must not take them.
        Assert.Equal(PlainTextRenderer.RenderWithMarkdig(text), PlainTextRenderer.Render(text));
    }

    [Fact]
    public void Pathological_brackets_fall_back_to_the_raw_text()
    {
        var text = string.Concat(Enumerable.Repeat("[a](b", 50_000));

        Assert.Equal(text, TextDeriver.Derive(text).PlainText);
    }

    [Theory]
    [InlineData("[", 500, false)]
    [InlineData("[", 501, true)]
    [InlineData("*", 2_000, false)]
    [InlineData("_", 2_001, true)]
    [InlineData("*_", 1_000, false)]
    [InlineData("*_", 1_001, true)]
    public void Markdig_is_spared_past_the_measured_counts(string unit, int times, bool pathological)
    {
        var text = "Words " + string.Concat(Enumerable.Repeat(unit + "a ", times));

        Assert.Equal(pathological, AbstractMarkdown.IsPathological(text));
    }

    [Fact]
    public void Megabyte_line_keeps_every_word()
    {
        var text = string.Join(' ', Enumerable.Repeat("We present **deep** models.", 40_000)) + " Tail word.";

        var derived = TextDeriver.Derive(text);

        Assert.EndsWith("Tail word.", derived.PlainText, StringComparison.Ordinal);
        Assert.Equal("Deep models", derived.Headline);
    }

    [Fact]
    public void Deep_nesting_keeps_every_word()
    {
        var text = string.Concat(Enumerable.Repeat("> ", 128)) + "quoted words";

        Assert.EndsWith("quoted words", TextDeriver.Derive(text).PlainText, StringComparison.Ordinal);
    }
}
