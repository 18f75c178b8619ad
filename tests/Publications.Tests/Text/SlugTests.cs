using Publications.Text;

namespace Publications.Tests.Text;

public sealed class SlugTests
{
    [Fact]
    public void Shipped_slugs_are_unique_within_each_year()
    {
        var byYear = SeedAbstracts.All.GroupBy(a => a.Year);

        Assert.All(byYear, year =>
        {
            var slugs = year.Select(a => TextDeriver.Derive(a.Text).SlugBase).ToList();
            Assert.Equal(slugs.Count, slugs.Distinct(StringComparer.Ordinal).Count());
        });
    }

    [Fact]
    public void Shipped_slugs_are_lowercase_ascii_letters_digits_and_single_hyphens()
    {
        Assert.All(SeedAbstracts.All, a =>
        {
            var slug = TextDeriver.Derive(a.Text).SlugBase;
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", slug);
            Assert.InRange(slug.Length, 1, 60);
        });
    }

    [Theory]
    [InlineData("Café Résumé Naïve", "cafe-resume-naive")]
    [InlineData("Straße Œuvre Łódź", "strasse-oeuvre-lodz")]
    [InlineData("SDAR’s  --  Model!!", "sdars-model")]
    [InlineData("MARS2", "mars2")]
    [InlineData("大型语言模型", "")]
    [InlineData("نموذج لغوي", "")]
    [InlineData("2024", "")]
    public void Slugify_folds_to_ascii_and_gives_empty_when_nothing_latin_is_left(string text, string expected) =>
        Assert.Equal(expected, SlugMaker.Slugify(text));

    [Fact]
    public void Long_slug_is_cut_at_a_hyphen_within_sixty_characters()
    {
        var slug = SlugMaker.Slugify(string.Join(' ', Enumerable.Repeat("abcdefg", 20)));

        Assert.Equal(55, slug.Length);
        Assert.EndsWith("abcdefg", slug, StringComparison.Ordinal);
    }

    [Fact]
    public void Headline_words_skip_stop_words()
    {
        Assert.Equal("study-blockwise-discrete-diffusion-models", SlugMaker.FromWords("A study of the blockwise discrete diffusion models for vision"));
    }

    [Fact]
    public void All_chinese_abstract_gets_an_empty_slug_base_and_a_headline()
    {
        var derived = TextDeriver.Derive("我们提出了一种新的方法。它很好。");

        Assert.Equal("", derived.SlugBase);
        Assert.Equal("我们提出了一种新的方法", derived.Headline);
    }

    [Fact]
    public void Same_text_always_gives_the_same_slug()
    {
        var text = SeedAbstracts.Get(2026, 2);

        Assert.Equal(TextDeriver.Derive(text).SlugBase, TextDeriver.Derive(text).SlugBase);
    }
}
