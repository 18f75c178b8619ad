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
